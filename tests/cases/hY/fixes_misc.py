# Small divergences found by probing builtin methods with many argument combinations.
def t(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)
class S(str): pass
class L(list): pass
class T(tuple): pass
class B(bytes): pass
t(lambda: S("a") + 1)
t(lambda: L() + (1,))
t(lambda: T() + [1])
t(lambda: B(b"a") + 1)
t(lambda: bytearray(b"ab").insert(index=0, item=1))
t(lambda: bytearray(b"ab").insert(0, item=1))
m = memoryview(b"b")
r = b"abc".partition(m)
t(lambda: (r[0], type(r[1]).__name__, r[1] is m, r[2]))
ba = bytearray(b"b")
r = b"abc".rpartition(ba)
t(lambda: (r[0], r[1] is ba, r[2]))
r = bytearray(b"abc").partition(b"b")
t(lambda: r)
t(lambda: b"abc".partition(b"z"))
class E:
    def __index__(self): return 1.5
    def __iter__(self): return iter([65, 66])
t(lambda: bytes(E()))
t(lambda: bytearray(E()))
class E2:
    def __index__(self): raise ValueError("nope")
t(lambda: bytes(E2()))
for f in ['[].__reversed__(1)', '{}.__reversed__(1)', 'range(2).__reversed__(1)', '{}.keys().__reversed__(1)',
          '{}.items().__reversed__(1)', '{}.values().__reversed__(1)', 'list(range(3).__reversed__())']:
    t(lambda: eval(f))
s = "ab"; t = (1, 2); e = ()
class S(str): pass
print(s * 1 is s, s * True is s, t * 1 is t, t * True is t, t + () is t, () + t is t, e + e is e, (t + ()) == t)
print(type(iter(S("ab"))).__name__, type(iter(S("é"))).__name__, type(iter("ab")).__name__)
x = t; x += (); print(x is t)
