class D:
    def __get__(self, obj, objtype=None):
        return ("get", obj, objtype)
class C:
    d = D()
    def method(self, x):
        return x
c = C()
print(C.d[0], C.d[1], C.d[2] is C)
print(c.d[1] is c, c.d[2] is C)
f = C.__dict__['method']
bound = f.__get__(c, C)
print(bound(5), bound.__self__ is c, bound.__func__ is f)
print(f.__get__(None, C) is f)
try:
    f.__get__(None, None)
except Exception as e:
    print(type(e).__name__, e)
print(f.__get__(c)(6))
print(len.__get__ if hasattr(len, '__get__') else 'builtin len has no __get__')
m = str.upper
print(type(m).__name__, m.__get__("abc")(), m.__get__(None, str) is m)
try:
    m.__get__(5)
except Exception as e:
    print(type(e).__name__, e)
try:
    str.upper(5)
except Exception as e:
    print(type(e).__name__, e)
try:
    list.append((), 1)
except Exception as e:
    print(type(e).__name__, e)
try:
    dict.__dict__['fromkeys'].__get__(None, int)
except Exception as e:
    print(type(e).__name__, e)
print(dict.__dict__['fromkeys'].__get__(None, dict)([1]))
w = object.__dict__['__class__']
print(type(w).__name__, w.__get__(3) is int)
try:
    int.__dict__['real'].__set__(3, 4)
except Exception as e:
    print(type(e).__name__, e)
try:
    int.__dict__['real'].__get__("s")
except Exception as e:
    print(type(e).__name__, e)
print(int.__dict__['real'].__get__(7), int.__dict__['real'].__name__)
print(type(int.__dict__['real']).__name__, type(str.__dict__['upper']).__name__)
print(type(dict.__dict__['fromkeys']).__name__, type(object.__dict__['__init__']).__name__)
print(type(object.__init__).__name__, type(object().__init__).__name__)
print(type([].append).__name__, type(int.__add__).__name__, type((1).__add__).__name__)
print(type(object.__new__).__name__, type(type.__call__).__name__)
class Slots:
    __slots__ = ('s',)
md = Slots.__dict__['s']
o = Slots()
md.__set__(o, 10)
print(md.__get__(o, Slots), o.s)
md.__delete__(o)
try:
    md.__get__(o, Slots)
except Exception as e:
    print(type(e).__name__, e)
try:
    md.__set__(5, 1)
except Exception as e:
    print(type(e).__name__, e)
print(md.__get__(None, Slots) is md)
