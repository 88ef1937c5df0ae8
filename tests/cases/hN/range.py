print(range(0) == range(5, 5), range(1, 10, 3) == range(1, 11, 3), range(3) == [0, 1, 2], range(1, 2, 5) == range(1, 3, 7), hash(range(0)) == hash(range(3, 3)), range(3) != range(4))
r = range(-10, 10**30, 7)
print(r, r[5], r[-1], r[10:20], r[::-1][:3], r[::3][2], len(r[:100]), r.index(4), r.count(4), 11 in r, 11.0 in r, -10 in r[1:], r.start, r.stop, r.step)
print(range(10)[3:-3:2], range(10)[::-1], range(10)[-100:100], range(0, 10, 3)[::-2], list(range(5, 0, -2)), reversed(range(3)).__class__.__name__, list(reversed(range(1, 10, 4))))
for bad in ["range()", "range(1, 2, 3, 4)", "range(1.0)", "range('a')", "range(0, 1, 0)", "range(10)[10]", "range(10)['a']", "range(3).index(5)", "range(10**30)[10**31]", "len(range(10**30))", "range(1, x=2)"]:
    try:
        print(eval(bad))
    except Exception as e:
        print(type(e).__name__, e)
print(sorted({range(3): 'a'}.values()), bool(range(0)), bool(range(1)), list(range(-3)), max(range(4)), sum(range(101)), min(range(10, 0, -3)), range(True, 3)[0], range(2**63, 2**63 + 2)[1])
print(slice(1, 2) == slice(1, 2), slice(1) < slice(2), hash(slice(1, 2)) if False else '', [1, 2, 3, 4][slice(None, None, 2)], 'abcdef'[slice(-1, None, -2)], slice(1, 2, 3).start)
l = list(range(10))
l[2:5] = 'ab'; print(l)
l[::3] = [0] * 3; print(l)
try:
    l[::2] = [1, 2]
except ValueError as e:
    print(type(e).__name__, e)
del l[::2]; print(l)
l[1:1] = range(3); print(l)
l[-1:] = []; print(l)
l[10:] = [99]; print(l)
l[:0] = (7,); print(l)
try:
    l[0:1] = 5
except TypeError as e:
    print(type(e).__name__, e)
l[5:2] = ['x']; print(l)
class S:
    def __getitem__(self, k): return k
s = S()
print(s[1:2], s[::], s[:, 1], s[1:2, ::3], s[...], s[..., 1], s[()], s[:], s['a':'b':'c'], s[-1::], s[None:])
print([1, 2, 3][-1:-4:-1], [1, 2, 3][5:-5:-1], 'hello'[10:-10:-2], (1, 2)[2**100:], 'abc'[-2**100:2**100], [1,2,3][::2**100])
try:
    [1][::0]
except ValueError as e:
    print(type(e).__name__, e)
try:
    [1][1.5:]
except TypeError as e:
    print(type(e).__name__, e)
