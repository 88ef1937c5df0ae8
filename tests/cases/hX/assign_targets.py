log = []
class T:
    def __init__(self): self.d = {'k': [1]}
    def __getitem__(self, k): log.append(('getitem', k)); return self.d[k]
    def __setitem__(self, k, v): log.append(('setitem', k, v)); self.d[k] = v
    def __delitem__(self, k): log.append(('delitem', k))
    def __getattr__(self, n): log.append(('getattr', n)); return 10
    def __setattr__(self, n, v): log.append(('setattr', n, v)); object.__setattr__(self, n, v)
t = T(); log.clear()
def key(): log.append('key()'); return 'k'
t[key()] += [2]; print(log); log.clear()
t.x += 1; print(log, t.x); log.clear()
t.y = t.z = 5; print(log); log.clear()
del t[key()], t['q']; print(log); log.clear()
t[1:2] = 'ab'; print(log); log.clear()
t[1:2, ::3] = 'x'; print(log); log.clear()
t[...]; print(log); log.clear()
a, (b, *c), d = 1, (2, 3, 4), 5; print(a, b, c, d)
[a, b] = 'xy'; print(a, b)
a, = [9]; print(a)
(a), b = 1, 2; print(a, b)
x = [0, 1, 2, 3]
x[1:3] = 'abc'; print(x)
x[::2] = [7, 8, 9]; print(x)
try: x[::2] = [1]
except ValueError as e: print(e)
del x[::2]; print(x)
i = 0
lst = [10, 20, 30]
i, lst[i] = 1, 99; print(i, lst)
try: a, b = 1, 2, 3
except ValueError as e: print(e)
try: a, b, c = 1, 2
except ValueError as e: print(e)
try: a, *b, c = [1]
except ValueError as e: print(e)
try: a, b = 1
except TypeError as e: print(e)
try: a, b = {'k': 1}
except ValueError as e: print(e)
def gen():
    yield 1; yield 2; yield 3
try: a, b = gen()
except ValueError as e: print(e)
first, *rest = range(5); print(first, rest)
*init, last = 'hello'; print(init, last)
s = 'x'
s *= 3; s += 'y'; print(s)
n = 7; n //= 2; n **= 3; n %= 5; n <<= 3; n >>= 1; n |= 1; n &= 0xff; n ^= 2; n -= 1; print(n)
f = 1.5; f /= 0.5; f @= 1 if False else None; print(f) if False else print(f)
tup = (1,); tup += (2,); print(tup)
fs = frozenset([1]); fs2 = fs; fs |= {2}; print(fs, fs2, fs is fs2)
st = {1}; st2 = st; st |= {2}; print(st2 is st)
assert True
try:
    assert False, 'message %d' % 3
except AssertionError as e: print(repr(e))
try:
    assert 0
except AssertionError as e: print(repr(e), e.args)
try:
    assert [], []
except AssertionError as e: print(repr(e))
x = 5
del x
try: x
except NameError as e: print(e)
lst = [1, 2, 3]
del lst[0], lst[-1]; print(lst)
try: del lst[5]
except IndexError as e: print(e)
d = {'a': 1}
try: del d['b']
except KeyError as e: print(repr(e))
class O: pass
o = O()
try: del o.nope
except AttributeError as e: print(e)
try: del (1).real
except AttributeError as e: print(e)
(p, q) = [r, s] = 1, 2; print(p, q, r, s)
