tests = [
 lambda: setattr(1, 'x', 1), lambda: setattr(int, 'x', 1), lambda: object.__setattr__(int, 'x', 1), lambda: object.__setattr__(1, 'x', 1),
 lambda: setattr([], 'append', 1), lambda: delattr([], 'append'), lambda: setattr(object(), 'a', 1), lambda: (1).real.__setattr__('imag', 2),
 lambda: type.__setattr__(int, 'x', 1), lambda: setattr(str, '__len__', None), lambda: delattr(str, 'upper'), lambda: getattr(1, 'nope'),
 lambda: getattr(int, 'nope'), lambda: getattr(type, 'nope'), lambda: None.nope, lambda: setattr(None, 'x', 1), lambda: (lambda: 0).__name__.x,
 lambda: getattr(1, 5), lambda: setattr(1, 5, 1), lambda: delattr(1, 5), lambda: hasattr(1, 5), lambda: getattr(1, 'real', 1, 2),
 lambda: object().__dict__, lambda: setattr(lambda: 0, '__dict__', 5), lambda: (1).__class__.__name__, lambda: setattr(type('A', (), {})(), '__class__', 1),
 lambda: setattr(property(), 'fget', None), lambda: property().__get__(1), lambda: property().__set__(1, 2), lambda: property().__delete__(1),
 lambda: classmethod(1).__get__(None, int), lambda: staticmethod(1)(), lambda: super(int, 1).nope, lambda: setattr(super(int, 1), 'x', 1),
]
for t in tests:
    try:
        print(repr(t()))
    except Exception as e:
        print(type(e).__name__, e)
class P:
    @property
    def ro(self): return 1
    def _set(self, v): pass
    rw = property(lambda self: 2, _set)
    nodel = property(lambda self: 3, _set)
p = P()
for t in [lambda: setattr(p, 'ro', 1), lambda: delattr(p, 'ro'), lambda: delattr(p, 'nodel'), lambda: setattr(P, 'ro', 5) or P.ro]:
    try:
        print(repr(t()))
    except Exception as e:
        print(type(e).__name__, e)
class Slots:
    __slots__ = ('a',)
s = Slots()
for t in [lambda: s.a, lambda: delattr(s, 'a'), lambda: setattr(s, 'b', 1), lambda: s.__dict__, lambda: vars(s), lambda: setattr(s, '__dict__', {})]:
    try:
        print(repr(t()))
    except Exception as e:
        print(type(e).__name__, e)
class O: pass
o = O()
o.__dict__ = {'z': 26}
print(o.z, vars(o))
try: o.__dict__ = []
except TypeError as e: print(e)
vars(o)['w'] = 1
print(o.w)
del o.__dict__
print(vars(o))
