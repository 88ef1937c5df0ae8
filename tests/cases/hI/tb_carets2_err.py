def div(a, b):
    return a / b
x = {"k": [1, 2, {"z": None}]}
try:
    x["k"][2]["z"].upper()
except AttributeError as e:
    print(e)
def g():
    yield from h()
def h():
    yield 1
    raise KeyError("deep")
for v in g():
    print(v)
