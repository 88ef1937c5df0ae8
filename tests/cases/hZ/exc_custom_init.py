class AppError(Exception):
    def __init__(self, code, msg="failed"):
        super().__init__(f"{code}: {msg}")
        self.code = code
e = AppError(404)
print(e, repr(e), e.args, e.code)
class NoSuper(Exception):
    def __init__(self, a, b):
        self.a = a
e = NoSuper(1, 2); print(e.args, str(e), repr(e))
class WithStr(Exception):
    def __str__(self): return "custom str"
print(str(WithStr("x")), repr(WithStr("x")))
class Hier(AppError): pass
try:
    raise Hier(500, "server")
except AppError as err:
    print(type(err).__name__, err, isinstance(err, Exception))
class Plain(Exception): pass
try:
    raise Plain
except Plain as p:
    print(repr(p), p.args)
class Base(Exception):
    def __new__(cls, *args):
        obj = super().__new__(cls, *args)
        obj.created = True
        return obj
print(Base("x").created, Base("x").args)
class NotExc: pass
try:
    raise NotExc()
except TypeError as t:
    print(t)
try:
    class E2(Exception): pass
    raise E2("a", "b")
except E2 as x:
    print(x)
import pickle
class Pk(Exception): pass
print(repr(pickle.loads(pickle.dumps(Pk("p", 1)))))
