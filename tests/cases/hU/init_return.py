class A:
    def __init__(self):
        return 5
try:
    A()
except Exception as e:
    print(type(e).__name__, e)
class B:
    def __init__(self):
        return None
print(type(B()).__name__)
class G:
    def __init__(self):
        yield 1
try:
    G()
except Exception as e:
    print(type(e).__name__, e)
class N:
    def __new__(cls, *a):
        print("new", a)
        return 42
    def __init__(self, *a):
        print("init never")
print(N(1, 2))
class Other:
    def __init__(self, *a):
        print("Other init", a)
class N2:
    def __new__(cls, *a):
        return Other()
    def __init__(self, *a):
        print("N2 init never")
print(type(N2(1)).__name__)
class Sub(N2): pass
class N3:
    def __new__(cls, *a):
        return super().__new__(Sub3)
    def __init__(self, *a):
        print("N3 init", type(self).__name__, a)
class Sub3(N3): pass
N3(7)
class NoArgs:
    pass
try:
    NoArgs(1)
except Exception as e:
    print(type(e).__name__, e)
try:
    NoArgs(a=1)
except Exception as e:
    print(type(e).__name__, e)
class OnlyInit:
    def __init__(self, x):
        self.x = x
print(OnlyInit(3).x)
try:
    OnlyInit()
except Exception as e:
    print(type(e).__name__, e)
class OnlyNew:
    def __new__(cls, x):
        return super().__new__(cls)
print(type(OnlyNew(1)).__name__)
class BadSuperNew:
    def __new__(cls, x):
        return super().__new__(cls, x)
try:
    BadSuperNew(1)
except Exception as e:
    print(type(e).__name__, e)
class BadSuperInit:
    def __init__(self, x):
        super().__init__(x)
try:
    BadSuperInit(1)
except Exception as e:
    print(type(e).__name__, e)
try:
    object.__new__(int)
except Exception as e:
    print(type(e).__name__, e)
try:
    object.__new__(5)
except Exception as e:
    print(type(e).__name__, e)
try:
    int.__new__(str)
except Exception as e:
    print(type(e).__name__, e)
try:
    object.__init__()
except Exception as e:
    print(type(e).__name__, e)
x = OnlyInit(1)
x.__init__(9)
print(x.x)
class InitRetNI:
    def __init__(self):
        return NotImplemented
try:
    InitRetNI()
except Exception as e:
    print(type(e).__name__, e)
class AsyncInit:
    async def __init__(self):
        pass
try:
    AsyncInit()
except Exception as e:
    print(type(e).__name__, e)
