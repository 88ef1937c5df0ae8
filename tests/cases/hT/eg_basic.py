# ExceptionGroup basics
eg = ExceptionGroup("msg", [ValueError(1), TypeError("t"), ValueError(2)])
print(repr(eg))
print(str(eg))
print(eg.message, eg.exceptions)
print(type(eg).__mro__)
print(isinstance(eg, Exception), isinstance(eg, BaseExceptionGroup))
beg = BaseExceptionGroup("b", [ValueError(3)])
print(type(beg).__name__, repr(beg))
beg2 = BaseExceptionGroup("b", [KeyboardInterrupt()])
print(type(beg2).__name__, repr(beg2))
for args in [("m",), ("m", []), (1, [ValueError()]), ("m", [1]), ("m", ValueError()), ("m", [KeyboardInterrupt()])]:
    try:
        print(repr(ExceptionGroup(*args)))
    except Exception as e:
        print(type(e).__name__, e)
try:
    BaseExceptionGroup()
except Exception as e:
    print(type(e).__name__, e)
m, r = eg.split(ValueError)
print(repr(m), repr(r))
m, r = eg.split(lambda e: isinstance(e, TypeError))
print(repr(m), repr(r))
m, r = eg.split((ValueError, TypeError))
print(repr(m), repr(r))
print(repr(eg.subgroup(KeyError)))
print(eg.subgroup(lambda e: True) is eg)
nested = ExceptionGroup("outer", [ValueError("a"), ExceptionGroup("inner", [TypeError("b"), ValueError("c")])])
print(repr(nested.subgroup(ValueError)))
print(repr(nested.split(TypeError)))
d = nested.derive([KeyError("k")])
print(repr(d), type(d).__name__)
class MyEG(ExceptionGroup):
    def derive(self, excs):
        return MyEG(self.message, excs)
me = MyEG("mine", [ValueError(1), TypeError(2)])
print(repr(me.split(ValueError)))
eg.add_note("note 1")
eg.add_note("note 2")
print(eg.__notes__)
m, r = eg.split(ValueError)
print(m.__notes__, r.__notes__)
try:
    eg.add_note(5)
except Exception as e:
    print(type(e).__name__, e)
print(len(eg.exceptions), eg.args)
try:
    eg.split(5)
except Exception as e:
    print(type(e).__name__, e)
print(ExceptionGroup[int])
