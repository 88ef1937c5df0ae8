a = [1]
b = a
c = [1]
print(a is b, a is c, a == c, id(a) == id(b), id(a) == id(c), a is not c)
print(None is None, type(None)() is None, ... is Ellipsis, NotImplemented is NotImplemented)
x = ()
print(x is (), tuple() is (), True is (1 == 1), type(id(a)).__name__)
s = "abc"
print(s is s, int is type(5), type(int) is type, object is object)
class C: pass
o = C()
print(o is o, o is C(), id(o) == id(o))
def f(): pass
print(f is f, f.__code__ == f.__code__, len.__self__ is __import__("builtins"))
print(frozenset() == frozenset(), bool() is False, str() == "")
m1, m2 = C.__init__, C.__init__
print(m1 is m2 or True, o.__init__ == o.__init__, o.__init__ is o.__init__)
