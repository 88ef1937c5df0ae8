def f(a, b=2, *, c=3):
    "doc"
    return a
for attr in ("__name__", "__qualname__", "__doc__", "__defaults__", "__kwdefaults__", "__code__", "__annotations__", "__globals__", "__closure__", "__module__", "__dict__", "__builtins__"):
    for v in (1, None, (), {}, "s"):
        try:
            setattr(f, attr, v)
            print("set", attr, repr(v), "->", repr(getattr(f, attr))[:30])
        except Exception as e:
            print("set", attr, repr(v), type(e).__name__, e)
    try:
        delattr(f, attr)
        print("del", attr, "->", repr(getattr(f, attr, "MISSING"))[:30])
    except Exception as e:
        print("del", attr, type(e).__name__, e)
class K:
    def m(self): pass
bm = K().m
for attr in ("__name__", "__doc__", "__func__", "__self__", "x"):
    try:
        setattr(bm, attr, 1)
    except Exception as e:
        print("bm set", attr, type(e).__name__, e)
print(bm.__name__, bm.__doc__, bm.__qualname__)
K.m.custom = 5
print(bm.custom)
