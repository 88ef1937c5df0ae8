import types

def gen():
    yield 1

for attr in ("gi_running", "gi_frame", "gi_code", "gi_yieldfrom", "__name__", "__qualname__"):
    d = types.GeneratorType.__dict__[attr]
    try:
        d.__get__(5, int)
    except TypeError as e:
        print(attr, e)
g = gen()
print(types.GeneratorType.__dict__["gi_running"].__get__(g), types.GeneratorType.__dict__["__name__"].__get__(g))
for m in ("send", "throw", "close", "__next__"):
    try:
        getattr(types.GeneratorType, m)(5, *([None] if m == "send" else [ValueError] if m == "throw" else []))
    except TypeError as e:
        print(m, e)
print(int.__dict__["real"].__get__(True), type.__dict__["__name__"].__get__(int))
class Sub(int):
    pass
print(int.__dict__["imag"].__get__(Sub(4)))
