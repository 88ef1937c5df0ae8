class S:
    def __getitem__(self, k): return k
    def __setitem__(self, k, v): print('set', k, v)
    def __delitem__(self, k): print('del', k)
s = S()
print(s[1:2], s[::], s[:], s[1:], s[:2], s[::3], s[1:2, 3], s[..., 1], s[:, :], s[()], s[(1,)], s[1,], s['a':'b'], s[None:None:None])
s[1:2] = 'x'; s[::2] = []; del s[:]; del s[1:2, ::]
class I:
    def __init__(self, v): self.v = v
    def __index__(self): return self.v
l = list(range(10))
print(l[I(2):I(5)], l[I(-3):], l[::I(2)], 'abcdef'[I(1):I(4):I(2)], (1, 2, 3)[I(1):], b'abc'[I(1):], bytearray(b'abc')[I(0):I(1)], range(10)[I(2):I(8):I(3)])
try: l['a':]
except TypeError as e: print(e)
try: l[1.0:]
except TypeError as e: print(e)
try: 'abc'[1.5]
except TypeError as e: print(e)
try: l[::0]
except ValueError as e: print(e)
sl = slice(1, 10, 2)
print(sl.start, sl.stop, sl.step, sl.indices(5), slice(None).indices(3), slice(-100, 100).indices(10), slice(None, None, -1).indices(4))
try: slice(1, 2, 0).indices(5)
except ValueError as e: print(e)
try: slice(1).indices(-1)
except ValueError as e: print(e)
print(slice(1, 2) == slice(1, 2), slice(1, 2) < slice(1, 3), repr(slice('a', [1])), hash(slice(1)) if False else '')
try: hash(slice(1, 2))
except TypeError as e: print(e)
l = list(range(10))
l[2:5] = range(3); print(l)
l[2:5] = (x for x in 'ab'); print(l)
l[::3] = 'wxyz'[:len(l[::3])]; print(l)
try: l[::2] = [1]
except ValueError as e: print(e)
l[5:2] = ['ins']; print(l)
l[-1:] = []; print(l)
del l[::-2]; print(l)
del l[100:]; print(l)
try: l[1:2] = 5
except TypeError as e: print(e)
l[:] = l; print(l)
l[1:3] = l; print(l)
t = (1, 2, 3)
try: t[0:1] = [5]
except TypeError as e: print(e)
st = 'abc'
try: st[0] = 'z'
except TypeError as e: print(e)
try: del st[0]
except TypeError as e: print(e)
ba = bytearray(b'hello')
ba[1:3] = b'EL'; ba[0] = 72; del ba[-1]; print(ba)
try: ba[0] = 256
except ValueError as e: print(e)
try: ba[0:1] = 'x'
except TypeError as e: print(e)
mv = memoryview(bytearray(b'abcd'))
mv[1:3] = b'XY'; print(mv.tobytes(), mv[::2].tobytes(), mv[-1])
try: mv[0:2] = b'x'
except ValueError as e: print(e)
print([1, 2, 3][-4:-1], [1, 2, 3][3:], [1, 2, 3][-1:-1], 'abc'[::-2], 'abc'[5:0:-1], list(range(5))[10:0:-3])
