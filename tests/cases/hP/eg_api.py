class MyEG(ExceptionGroup):
    def derive(self, excs):
        return MyEG(self.message, excs)

def show(g, ind=0):
    if g is None:
        print(" " * ind + "None"); return
    print(" " * ind + f"{type(g).__name__}: {g!s} {g.message!r}")
    for e in getattr(g, "exceptions", ()):
        if isinstance(e, BaseExceptionGroup):
            show(e, ind + 2)
        else:
            print(" " * (ind + 2) + repr(e))

eg = ExceptionGroup("outer", [ValueError(1), TypeError(2),
                              ExceptionGroup("inner", [ValueError(3), KeyError(4)])])
print(repr(eg))
print(str(eg), eg.args[0], len(eg.exceptions), type(eg.exceptions).__name__)
m, r = eg.split(ValueError)
show(m); show(r)
show(eg.subgroup(lambda e: isinstance(e, KeyError)))
show(eg.subgroup(lambda e: isinstance(e, ExceptionGroup) and e.message == "inner"))
show(eg.subgroup(OSError))
print(eg.subgroup(lambda e: True) is eg)
m, r = eg.split((TypeError, KeyError))
show(m); show(r)
beg = BaseExceptionGroup("b", [KeyboardInterrupt(), ValueError()])
print(type(beg).__name__, repr(beg))
beg2 = BaseExceptionGroup("b", [ValueError()])
print(type(beg2).__name__)
m, r = beg.split(Exception)
print(type(m).__name__, type(r).__name__, repr(m), repr(r))
for bad in [("x", []), ("x", None), (1, [ValueError()]), ("x", [1]), ("x", (ValueError(),))]:
    try:
        print(repr(ExceptionGroup(*bad)))
    except Exception as e:
        print(type(e).__name__, e)
try:
    ExceptionGroup("x", [KeyboardInterrupt()])
except Exception as e:
    print(type(e).__name__, e)
try:
    ExceptionGroup("only one")
except Exception as e:
    print(type(e).__name__, e)
my = MyEG("mine", [ValueError(1), TypeError(2)])
my.add_note("a note")
try:
    raise my
except MyEG as caught:
    m, r = caught.split(ValueError)
    print(type(m).__name__, type(r).__name__, m.__notes__, r.__notes__)
    print(m.__traceback__ is caught.__traceback__, m.__cause__, m.__context__)
eg = ExceptionGroup("plain", [ValueError("v")])
eg.__cause__ = KeyError("c")
m, r = eg.split(ValueError)
print(m is eg, r)
m = ExceptionGroup("p2", [ValueError("v"), TypeError("t")]).split(ValueError)[0]
print(type(m.__cause__), m.derive([KeyError()]).__class__.__name__)
print(issubclass(ExceptionGroup, BaseExceptionGroup), issubclass(ExceptionGroup, Exception))
print(ExceptionGroup.__mro__)
print(BaseExceptionGroup.__mro__)
