log = []
def v(x):
    log.append(x)
    return x
print(all(v(x) for x in [1, 2, 0, 3]), log)
log.clear()
print(any(v(x) for x in [0, "", 5, 6]), log)
log.clear()
print(all([]), any([]), all([[]]), any([[]]), all(""), any("0"))
print(all(iter([1, 1])), any(range(0)), any(range(2)), all({0: 1}), any({0: 1, 1: 0}))
for bad in [5, None, all]:
    try:
        all(bad)
    except Exception as e:
        print(type(e).__name__, e)
    try:
        any(bad)
    except Exception as e:
        print(type(e).__name__, e)
try:
    all()
except Exception as e:
    print(type(e).__name__, e)
try:
    any([1], [2])
except Exception as e:
    print(type(e).__name__, e)
try:
    all(iterable=[1])
except Exception as e:
    print(type(e).__name__, e)
class B:
    def __init__(self, v):
        self.v = v
    def __bool__(self):
        print("bool", self.v)
        return self.v
print(all([B(True), B(False), B(True)]))
print(any([B(False), B(True), B(False)]))
class BadB:
    def __bool__(self):
        return "yes"
try:
    all([BadB()])
except Exception as e:
    print(type(e).__name__, e)
class Err:
    def __bool__(self):
        raise RuntimeError("boom")
try:
    any([0, Err()])
except RuntimeError as e:
    print("RuntimeError", e)
print(any([0, 1, Err()]))
print(all(x > 0 for x in [1, 2, 3]), any(c.isupper() for c in "abC"))
print(type(all([])), type(any([1])))
