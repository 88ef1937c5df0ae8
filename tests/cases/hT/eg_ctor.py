def t(desc, f):
    try:
        r = f()
        print(desc, type(r).__name__, repr(r), r.args)
    except Exception as e:
        print(desc, "!!", type(e).__name__, e)
class MyBEG(BaseExceptionGroup): pass
class MyEG(ExceptionGroup): pass
class WithInit(ExceptionGroup):
    def __init__(self, msg, excs, code):
        super().__init__(msg, excs)
        self.code = code
class WithNew(ExceptionGroup):
    def __new__(cls, msg, excs, extra=0):
        self = super().__new__(cls, msg, excs)
        self.extra = extra
        return self
t("BEG exc", lambda: BaseExceptionGroup("m", [ValueError()]))
t("BEG base", lambda: BaseExceptionGroup("m", [KeyboardInterrupt()]))
t("EG base", lambda: ExceptionGroup("m", [KeyboardInterrupt()]))
t("MyBEG exc", lambda: MyBEG("m", [ValueError()]))
t("MyBEG base", lambda: MyBEG("m", [SystemExit()]))
t("MyEG base", lambda: MyEG("m", [SystemExit()]))
t("WithInit", lambda: WithInit("m", [ValueError()], 5))
t("WithInit code", lambda: WithInit("m", [ValueError()], 5).code)
t("WithNew", lambda: WithNew("m", [ValueError()], extra=3).extra)
t("tuple excs", lambda: ExceptionGroup("m", (ValueError(),)))
t("gen excs", lambda: ExceptionGroup("m", (x for x in [ValueError()])))
t("set excs", lambda: ExceptionGroup("m", {1}))
t("dict excs", lambda: ExceptionGroup("m", {}))
t("type in excs", lambda: ExceptionGroup("m", [ValueError]))
t("kw", lambda: ExceptionGroup(message="m", exceptions=[ValueError()]))
t("3 args", lambda: ExceptionGroup("m", [ValueError()], 3))
t("str subclass msg", lambda: ExceptionGroup(type("S", (str,), {})("sub"), [ValueError()]).message)
t("derive sub", lambda: WithInit("m", [ValueError(), TypeError()], 5).split(ValueError))
t("derive MyEG", lambda: MyEG("m", [ValueError(), TypeError()]).subgroup(TypeError))
eg = ExceptionGroup("m", [ValueError(1)])
t("exceptions tuple", lambda: type(eg.exceptions))
t("str", lambda: str(ExceptionGroup("one", [ValueError()])))
t("str2", lambda: str(ExceptionGroup("", [ValueError(), KeyError()])))
try:
    eg.message = "x"
except AttributeError as e:
    print("AttributeError", e)
try:
    eg.exceptions = ()
except AttributeError as e:
    print("AttributeError", e)
eg.args = ("changed",)
print(str(eg), eg.message, repr(eg))
print(ExceptionGroup.__bases__, BaseExceptionGroup.__bases__, ExceptionGroup.__mro__)
import pickle, copy
c = copy.copy(ExceptionGroup("cp", [ValueError(2)]))
print(repr(c))
p = pickle.loads(pickle.dumps(ExceptionGroup("pk", [ValueError(3)])))
print(repr(p), type(p).__name__)
