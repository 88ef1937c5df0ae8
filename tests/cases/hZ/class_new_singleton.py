class Single:
    _inst = None
    def __new__(cls, *a, **k):
        if cls._inst is None:
            cls._inst = super().__new__(cls)
        return cls._inst
    def __init__(self, v=0):
        print("init", v)
        self.v = v
a = Single(1); b = Single(2); print(a is b, a.v)
class Other:
    def __new__(cls): return 42
    def __init__(self): print("never")
print(Other())
class Sub(int):
    def __new__(cls, v): return super().__new__(cls, v * 2)
print(Sub(5), type(Sub(5)).__name__)
class Tu(tuple):
    def __new__(cls, a, b): return super().__new__(cls, (a, b))
print(Tu(1, 2), len(Tu(3, 4)))
try:
    object.__new__(int)
except TypeError as e:
    print(e)
class NoArgs: pass
try:
    NoArgs(1)
except TypeError as e:
    print(e)
class InitOnly:
    def __init__(self, x): pass
try:
    InitOnly()
except TypeError as e:
    print(e)
class BadInit:
    def __init__(self): return 5
try:
    BadInit()
except TypeError as e:
    print(e)
try:
    object.__new__(NoArgs, 1)
except TypeError as e:
    print(e)
