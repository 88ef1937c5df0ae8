class A:
    def who(self): return "A"
class B:
    def who(self): return "B"
class S1:
    __slots__ = ('a',)
class S2:
    __slots__ = ('a',)
class S3:
    __slots__ = ('b',)
a = A()
a.__class__ = B
print(a.who(), type(a).__name__, isinstance(a, B))
for target in [int, object, S1]:
    try:
        a.__class__ = target
    except Exception as e:
        print(type(e).__name__, e)
try:
    a.__class__ = 5
except Exception as e:
    print(type(e).__name__, e)
try:
    del a.__class__
except Exception as e:
    print(type(e).__name__, e)
s = S1()
s.a = 1
s.__class__ = S2
print(type(s).__name__, s.a)
try:
    s.__class__ = S3
except Exception as e:
    print(type(e).__name__, e)
try:
    (1).__class__ = bool
except Exception as e:
    print(type(e).__name__, e)
try:
    [].__class__ = tuple
except Exception as e:
    print(type(e).__name__, e)
class MyList(list): pass
class MyList2(list): pass
m = MyList([1, 2])
m.__class__ = MyList2
print(type(m).__name__, m)
try:
    m.__class__ = list
except Exception as e:
    print(type(e).__name__, e)
try:
    object().__class__ = A
except Exception as e:
    print(type(e).__name__, e)

# __dict__ assignment
class D: pass
d = D()
d.x = 1
d.__dict__ = {'y': 2}
print(d.y, hasattr(d, 'x'), vars(d))
try:
    d.__dict__ = [1]
except Exception as e:
    print(type(e).__name__, e)
try:
    del d.__dict__
    print("deleted", vars(d))
except Exception as e:
    print(type(e).__name__, e)
class MyDict(dict): pass
d2 = D()
d2.__dict__ = MyDict(z=3)
print(d2.z, type(d2.__dict__).__name__)
try:
    D.__dict__ = {}
except Exception as e:
    print(type(e).__name__, e)
try:
    D.__dict__['new'] = 1
except Exception as e:
    print(type(e).__name__, e)
print(type(D.__dict__).__name__)
try:
    int.x = 1
except Exception as e:
    print(type(e).__name__, e)
try:
    del int.real
except Exception as e:
    print(type(e).__name__, e)
try:
    object.__name__ = 'obj'
except Exception as e:
    print(type(e).__name__, e)
D.__name__ = 'Renamed'
print(D.__name__, D.__qualname__, D)
try:
    D.__name__ = 5
except Exception as e:
    print(type(e).__name__, e)
try:
    D.__name__ = 'a\x00b'
except Exception as e:
    print(type(e).__name__, e)
D.__qualname__ = 'Outer.Renamed'
print(D.__qualname__, repr(D))
try:
    D.__bases__ = (int,)
except Exception as e:
    print(type(e).__name__, e)
try:
    D.__bases__ = ()
except Exception as e:
    print(type(e).__name__, e)
try:
    D.__mro__ = ()
except Exception as e:
    print(type(e).__name__, e)
D.__doc__ = "new doc"
print(D.__doc__)
D.__module__ = 'fake'
print(repr(D))
