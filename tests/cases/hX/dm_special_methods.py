class L:
    def __init__(self, n): self.n = n
    def __len__(self): return self.n
for n in [0, 3, -1, 2**63, 1.5, 'x']:
    try: print(len(L(n)), bool(L(n)))
    except Exception as e: print(type(e).__name__, e)
class BoolBad:
    def __bool__(self): return 1
try: bool(BoolBad())
except TypeError as e: print(e)
try:
    if BoolBad(): pass
except TypeError as e: print(e)
class GI:
    def __getitem__(self, i):
        if i >= 3: raise IndexError
        return i * 10
print(list(GI()), 20 in GI(), 5 in GI(), list(reversed([1,2])), iter(GI()).__class__.__name__)
try: reversed(GI())
except TypeError as e: print(e)
class RevLen(GI):
    def __len__(self): return 3
print(list(reversed(RevLen())))
class ItBad:
    def __iter__(self): return 5
try: iter(ItBad())
except TypeError as e: print(e)
try:
    for x in ItBad(): pass
except TypeError as e: print(e)
class NextOnly:
    def __next__(self): return 1
try: iter(NextOnly())
except TypeError as e: print(e)
class Cont:
    def __iter__(self): return iter([1, 2])
print(2 in Cont(), 3 in Cont())
class ContBad:
    def __contains__(self, x): return [1]
print(1 in ContBad(), 1 not in ContBad())
class Miss(dict):
    def __missing__(self, k): return 'missing ' + str(k)
m = Miss(a=1)
print(m['a'], m['b'], m.get('b'), 'b' in m)
class H:
    def __eq__(self, o): return True
print(H.__hash__)
try: hash(H())
except TypeError as e: print(e)
class H2(H):
    __hash__ = object.__hash__
print(type(hash(H2())).__name__)
class H3:
    def __hash__(self): return 2**100
print(hash(H3()) == hash(2**100))
class H4:
    def __hash__(self): return 'x'
try: hash(H4())
except TypeError as e: print(e)
class H5:
    def __hash__(self): return -1
print(hash(H5()))
class By:
    def __bytes__(self): return b'bytes!'
print(bytes(By()))
class ByBad:
    def __bytes__(self): return 'str'
try: bytes(ByBad())
except TypeError as e: print(e)
class St:
    def __str__(self): return 5
try: str(St())
except TypeError as e: print(e)
class Rp:
    def __repr__(self): return 5
try: repr(Rp())
except TypeError as e: print(e)
try: print([Rp()])
except TypeError as e: print(e)
class Fmt:
    def __format__(self, spec): return 5
try: format(Fmt())
except TypeError as e: print(e)
try: format(object(), 'x')
except TypeError as e: print(e)
print(format(object(), '') [:8])
class DM:
    def __divmod__(self, o): return 'divmod'
    def __rdivmod__(self, o): return 'rdivmod'
    def __matmul__(self, o): return 'matmul'
    def __rmatmul__(self, o): return 'rmatmul'
    def __imatmul__(self, o): return 'imatmul'
    def __ipow__(self, o): return 'ipow'
    def __ilshift__(self, o): return 'ilshift'
    def __ifloordiv__(self, o): return NotImplemented
    def __floordiv__(self, o): return 'floordiv'
d = DM()
print(divmod(d, 1), divmod(1, d), d @ 1, 1 @ d)
d @= 1; print(d); d = DM(); d **= 2; print(d); d = DM(); d <<= 1; print(d); d = DM(); d //= 1; print(d)
class Del:
    def __init__(self): self.__dict__['x'] = 1
    def __delattr__(self, n): print('delattr', n)
    def __setattr__(self, n, v): print('setattr', n, v)
dl = Del(); dl.y = 2; del dl.x; print(dl.x)
class D2:
    def __get__(self, o, t): return 'get'
    def __set__(self, o, v): print('set', v)
    def __delete__(self, o): print('delete')
class HasD:
    d = D2()
hd = HasD(); hd.d = 5; del hd.d; print(hd.d, HasD.d)
class ROnly:
    def __get__(self, o, t): return 'ro'
class HasR:
    r = ROnly()
hr = HasR(); hr.r = 'shadow'; print(hr.r)
class DelOnly:
    def __delete__(self, o): print('delonly delete')
class HasDel:
    x = DelOnly()
hdl = HasDel()
try: hdl.x = 1
except AttributeError as e: print(e)
del hdl.x
class SetOnly:
    def __set__(self, o, v): print('setonly', v)
class HasSet:
    x = SetOnly()
hs = HasSet(); hs.x = 3; print(type(hs.x).__name__)
print(dir(type('E', (), {'__dir__': lambda self: ['z', 'a']})()))
class DirBad:
    def __dir__(self): return 5
try: dir(DirBad())
except TypeError as e: print(e)
class GA:
    def __getattr__(self, n):
        raise KeyError(n)
try: GA().foo
except KeyError as e: print('KeyError', e)
print(getattr(GA(), 'x', 'd') if False else '')
try: getattr(GA(), 'x', 'dflt')
except KeyError as e: print('getattr default does not catch KeyError', e)
class GAProp:
    @property
    def p(self): raise AttributeError('inner')
    def __getattr__(self, n): return 'fallback ' + n
print(GAProp().p)
