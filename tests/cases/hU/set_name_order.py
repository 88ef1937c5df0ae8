log = []
class D:
    def __init__(self, tag):
        self.tag = tag
    def __set_name__(self, owner, name):
        log.append((self.tag, owner.__name__, name))

class A:
    z = D("z")
    a = D("a")
    m = D("m")
    def f(self): pass
    q = D("q")
print(log)
log.clear()
shared = D("shared")
class B:
    x = shared
    y = shared
print(log)

class Bad:
    def __set_name__(self, owner, name):
        raise ValueError("nope " + name)
try:
    class E:
        attr = Bad()
except Exception as e:
    print(type(e).__name__, e, repr(e.__cause__) if e.__cause__ else None)
    print(e.__notes__ if hasattr(e, '__notes__') else 'no notes')

class NotCallable:
    __set_name__ = 5
try:
    class F:
        a = NotCallable()
except Exception as e:
    print(type(e).__name__, e)

class Takes1:
    def __set_name__(self, owner):
        pass
try:
    class G:
        a = Takes1()
except Exception as e:
    print(type(e).__name__, e)

# set_name not called for later assignment
class H:
    pass
log.clear()
H.late = D("late")
print(log)
# type() call does call set_name
log.clear()
T = type("T", (), {"k": D("k"), "j": D("j")})
print(log)
# set_name on class-level object looked up on type, not instance
class Inst:
    pass
i = Inst()
i.__set_name__ = lambda *a: print("instance attr called")
class J:
    v = i
print("done")
