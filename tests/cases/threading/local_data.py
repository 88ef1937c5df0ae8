import threading

data = threading.local()
data.x = "main"
print(data.x, data.__dict__)

seen = []
def worker(n):
    print("has x:", hasattr(data, "x"))
    data.x = n
    seen.append(data.x)

for i in range(3):
    t = threading.Thread(target=worker, args=(i,))
    t.start(); t.join()
print(seen, data.x)

class MyLocal(threading.local):
    initial = "class attr"
    def __init__(self, value):
        self.value = value
        print("init", value)
    def describe(self):
        return f"{self.value}/{self.initial}"

ml = MyLocal(5)
print(ml.describe())
def uses():
    print(ml.describe())
    ml.value = 99
t = threading.Thread(target=uses)
t.start(); t.join()
print(ml.value)
try:
    threading.local(1)
except TypeError as e:
    print("TypeError:", e)
del data.x
print(hasattr(data, "x"))
try:
    data.missing
except AttributeError as e:
    print("AttributeError:", e)
