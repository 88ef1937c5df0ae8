class A: pass
class NewOnly:
    def __new__(cls, *a, **k):
        return super().__new__(cls)
class InitOnly:
    def __init__(self, *a, **k):
        super().__init__()
class Both:
    def __new__(cls, *a):
        return super().__new__(cls)
    def __init__(self, *a):
        super().__init__()
class InitPassesArgs:
    def __init__(self, *a):
        super().__init__(*a)
class NewPassesArgs:
    def __new__(cls, *a):
        return super().__new__(cls, *a)
for cls in (A, NewOnly, InitOnly, Both, InitPassesArgs, NewPassesArgs):
    for args, kw in (((), {}), ((1,), {}), ((), {"k": 1})):
        try:
            o = cls(*args, **kw)
            print(cls.__name__, args, kw, "ok")
        except TypeError as e:
            print(cls.__name__, args, kw, "TypeError:", e)
for cls in (A, NewOnly, InitOnly):
    o = object.__new__(cls)
    try:
        o.__init__(1)
        print(cls.__name__, "__init__(1) ok")
    except TypeError as e:
        print(cls.__name__, "__init__(1):", e)
    try:
        object.__init__(o, 1)
        print(cls.__name__, "object.__init__(o, 1) ok")
    except TypeError as e:
        print(cls.__name__, "object.__init__(o, 1):", e)
    try:
        object.__new__(cls, 1)
        print(cls.__name__, "object.__new__(cls, 1) ok")
    except TypeError as e:
        print(cls.__name__, "object.__new__(cls, 1):", e)
try:
    object(1)
except TypeError as e:
    print(e)
try:
    object.__new__()
except TypeError as e:
    print(e)
class LateNew:
    pass
LateNew.__new__ = lambda cls, *a: object.__new__(cls)
print(type(LateNew(1, 2)).__name__)
class LateInit:
    pass
LateInit.__init__ = lambda self, x: setattr(self, "x", x)
print(LateInit(5).x)
try:
    LateInit()
except TypeError as e:
    print(e)
class StaticNew:
    @staticmethod
    def __new__(cls):
        return object.__new__(cls)
print(type(StaticNew()).__name__)
class ClsNew:
    @classmethod
    def __new__(cls, *args):
        print("classmethod __new__ got", args[0] is ClsNew if args else None)
        return object.__new__(ClsNew)
try:
    print(type(ClsNew()).__name__)
except TypeError as e:
    print(e)
