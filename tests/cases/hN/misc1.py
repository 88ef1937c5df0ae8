import sys
# syntax corners
x = 1 + \
    2
print(x); a = 1; b = 2; print(a, b);
if x: print('y'); print('z')
for i in range(2): print(i); print(-i)
while False: pass
else: print('else')
print([ (i, j) for i in range(4) if i % 2 for j in range(i) if j != 1 ])
print([[j for j in range(i)] for i in range(3)])
print({i: [k for k in range(i) if k] for i in range(4) if i})
v = 5
print('a' if v < 3 else 'b' if v < 6 else 'c', 'neg' if v < 0 else 'zero' if v == 0 else 'pos')
def f(x, g=lambda y: y * 2, h=lambda: v): return g(x), h()
print(f(3), f(3, lambda y: -y))
def g(*a):
    return *a, 99
def gen(a):
    yield *a, 0
    x = yield
    print('got', x)
print(g(1, 2), list(gen([1, 2])))
it = gen([5]); print(next(it), next(it)); 
try: it.send('S')
except StopIteration: print('stop')
class Sub:
    def __getitem__(self, k): print('get', k); return 10
    def __setitem__(self, k, v): print('set', k, v)
    def __delitem__(self, k): print('del', k)
s = Sub()
b = [1, 2]
s[*b] ; s[*b, 3]; s[1:2, *b]; s[0] += 5; s[::2] -= 1; del s[...]
del (a, b)
try: print(a)
except NameError as e: print(e)
c = [1]; d = 2
del [c, d]
print('c' in dir(), 'd' in dir())
class O:
    def __init__(self): self.__dict__['n'] = 0
    def __getattr__(self, k): print('getattr', k); return 0
    def __setattr__(self, k, v): print('setattr', k, v); self.__dict__[k] = v
o = O(); o.n += 1; o.m += 2; print(o.n, o.m)
def order(tag, val):
    print('eval', tag); return val
lst = [0, 0, 0]
order('obj', lst)[order('idx', 1)] += order('rhs', 5)
print(lst)
lst[order('i', 0)], lst[order('j', 2)] = order('a', 7), order('b', 8)
print(lst)
# walrus
if (n := len('abc')) > 2: print('n', n)
print([y := 5, y ** 2], y)
print([z for w in range(5) if (z := w * w) > 5], z)
while (chunk := [1, 2][:0]): pass
print(f'{(q := 10)} {q}')
def wf(a=(w1 := 3)): return a
print(wf(), w1)
print((lambda: (m := 4) + m)())
data = {'k': (t := 'tv')}; print(data, t)
def outer():
    cnt = 0
    def inc():
        nonlocal cnt
        cnt += 1
        return cnt
    inc(); inc()
    return cnt
print(outer())
G = 1
def setg():
    global G, H
    G += 1; H = 'h'
setg(); print(G, H)
ﬁ = 'ligature'; print(fi)
ℌ = 3; print(H if False else ℌ, 'H' in dir(), 'ℌ' in globals())
é = 1; ŝ = 2; 变量 = 3; print(é + ŝ + 变量)
print('\N{GREEK SMALL LETTER ALPHA}\N{EM DASH}', '\x41\u0042\U00000043\101\0', len('\0'), r'\n', r'a\'b', rb'\x00', b'\x00\xff'.hex())
print('\N{LATIN SMALL LETTER E WITH ACUTE}' == 'é', '\u00e9'.encode(), 'a\
b')
print(0_0, 1_000.5e1_0, 0x_ff, 0o_17, 0b_1, 1j, 1_0j, 0j, .5j, 1e-1_0, 0.0_1, 00, 0e0, 1E+1)
print(type(1j), 1J.imag, 0xFFj if False else 0)
