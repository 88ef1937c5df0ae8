items = ["a", "b"]
for i, v in enumerate(items, start=1):
    print(i, v)
print(list(enumerate(iterable=items)))
try:
    enumerate(start=1)
except TypeError as e:
    print(e)
try:
    max(key=len)
except TypeError as e:
    print(e)
try:
    eval("1", globals={})
except TypeError as e:
    print(e)
exec("print('positional ok')", {})
print(memoryview(object=b"ok").tobytes())
memoryview(zzz=1)
