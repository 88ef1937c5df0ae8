s = slice(1, 10, 2)
print(s, s.start, s.stop, s.step, slice(5), slice(None), slice(1, 2))
print(s.indices(5), slice(None, None, -1).indices(10), slice(-3, None).indices(10), slice(-100, 100, 3).indices(7))
print(slice(None, None, -2).indices(0), slice(5, 1, -1).indices(3))
try:
    slice(0, 1, 0).indices(3)
except ValueError as e:
    print("ValueError", e)
try:
    s.indices(-1)
except ValueError as e:
    print("ValueError", e)
try:
    slice()
except TypeError as e:
    print("TypeError", e)
print(slice(1, 2) == slice(1, 2), slice(1, 2) == slice(1, 3), slice(1, 2) < slice(1, 3))
try:
    hash(slice(1, 2))
    print("hashable")
except TypeError as e:
    print("TypeError", e)
class C:
    def __getitem__(self, k): return k
c = C()
print(c[1:2], c[1:2:3], c[:], c[::], c[1:], c[:2], c[::-1], c[1:2, 3], c[..., 1:2], c["a":"b"])
l = list(range(10))
print(l[slice(2, 8, 3)], l[slice(None, None, -3)], "hello"[slice(1, 4)], (1, 2, 3)[slice(-1, None)])
print(repr(slice("a", [1], None)), slice(1.5, 2.5).start)
try:
    slice(1, 2).start = 3
except AttributeError as e:
    print("AttributeError", e)
print(slice(1, 2, 3).__reduce__())
