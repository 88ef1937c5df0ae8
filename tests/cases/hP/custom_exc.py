class Base(Exception):
    """Base error."""

class NoSuper(Base):
    def __init__(self, code, detail="none"):
        self.code = code
        self.detail = detail

class WithSuper(Base):
    def __init__(self, code, detail="none"):
        super().__init__(f"code={code}", detail)
        self.code = code

class StrOverride(Base):
    def __str__(self):
        return f"<{self.args[0] if self.args else '?'}>"

class ReprOverride(Base):
    def __repr__(self):
        return "ReprOverride!"

class NewOverride(Base):
    def __new__(cls, *args):
        self = super().__new__(cls, "forced")
        return self

class KwOnly(Exception):
    def __init__(self, *, reason):
        super().__init__(reason)
        self.reason = reason

for e in [NoSuper(1), NoSuper(2, "x"), WithSuper(3), WithSuper(4, "d"), StrOverride("m"),
          StrOverride(), ReprOverride("r"), NewOverride("a", "b"), KwOnly(reason="why")]:
    print(type(e).__name__, "|", str(e), "|", repr(e), "|", e.args)
print(NoSuper(1).code, NoSuper.__doc__, Base.__doc__, NoSuper.__mro__[1:3])
e = Base("x")
e.extra = 5
print(e.__dict__, vars(e))
e.args = [1, 2]
print(e.args, type(e.args))
try:
    e.args = 5
except TypeError as te:
    print("TypeError", te)
print(Exception("a") == Exception("a"), Exception.__eq__ is object.__eq__)
try:
    raise NoSuper
except NoSuper as ne:
    print("raised class without args?")
except TypeError as te:
    print("TypeError", te)
try:
    raise Base
except Base as b:
    print(repr(b), b.args)
class E1(Exception): pass
class E2(E1): pass
class E3(E2, ValueError): pass
try:
    raise E3("multi")
except ValueError as v:
    print("caught as ValueError", [c.__name__ for c in type(v).__mro__])
try:
    raise E2
except (TypeError, E1) as x:
    print("tuple match", type(x).__name__)
handlers = (KeyError, (IndexError, (ValueError,)))
try:
    raise ValueError
except handlers:
    print("nested tuple handlers should not work")
except Exception as x:
    print(type(x).__name__, x)
for bad in [5, "str", object, None]:
    try:
        raise bad
    except TypeError as te:
        print("TypeError", te)
try:
    raise ValueError from 5
except TypeError as te:
    print("TypeError", te)
try:
    raise ValueError from KeyError
except ValueError as v:
    print(repr(v.__cause__))
try:
    try:
        1 / 0
    except 5:
        pass
except TypeError as te:
    print("TypeError", te)
try:
    try:
        1 / 0
    except (ZeroDivisionError, 5):
        print("first matched, ok")
except TypeError as te:
    print("TypeError", te)
class Meta(type):
    def __instancecheck__(cls, inst):
        return True
    def __subclasscheck__(cls, sub):
        print("subclasscheck called")
        return True
class Catcher(Exception, metaclass=Meta):
    pass
try:
    raise KeyError("k")
except Catcher:
    print("caught by metaclass?")
except KeyError:
    print("KeyError not caught by Catcher")
print(BaseException().with_traceback(None).args)
print(Exception.__new__(Exception, 1, 2).args)
x = Exception.__new__(ValueError)
print(repr(x), x.args)
print(ValueError.__init__.__qualname__ if hasattr(ValueError.__init__, '__qualname__') else '')
e = ValueError("a")
ValueError.__init__(e, "b", "c")
print(e.args)
print(str(Exception("only")), str(Exception(1)), str(Exception(1, "x")), str(Exception(None)))
print(repr(Exception("q'uote")), repr(Exception('d"q')), repr(Exception("\n")))
