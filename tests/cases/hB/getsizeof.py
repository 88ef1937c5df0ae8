import sys
class A: pass
class B:
    __slots__ = ('a', 'b')
print(sys.getsizeof(A()), sys.getsizeof(B()), sys.getsizeof(len), sys.getsizeof(lambda: 0), sys.getsizeof(sys), A().__sizeof__(), object().__sizeof__())
print([sys.getsizeof(set(range(n))) for n in range(0, 40, 3)], [sys.getsizeof({i: i for i in range(n)}) for n in range(0, 50, 4)], [sys.getsizeof({str(i): i for i in range(n)}) for n in range(0, 50, 4)])
print(sys.getsizeof([i for i in range(1000)]), sys.getsizeof(list(range(1000))), sys.getsizeof(range(1000)), sys.getsizeof('a' * 1000), sys.getsizeof(tuple(range(100))))
print(sys.getsizeof({'a': 1, 'b': 2}), sys.getsizeof(dict(a=1, b=2)), sys.getsizeof({1: 2, 3: 4}), sys.getsizeof(dict(zip('abcdefgh', range(8)))))
l = [1, 2, 3]; l.append(4); l.append(5)
print(sys.getsizeof(l), sys.getsizeof([]), sys.getsizeof([1]), sys.getsizeof([0] * 10))
print(sys.getsizeof(1.5), sys.getsizeof(2**64), sys.getsizeof(-2**30), sys.getsizeof(b'x' * 10), sys.getsizeof(bytearray(10)), sys.getsizeof(''.join(['a', 'b'])), sys.getsizeof('héllo'), sys.getsizeof(frozenset(range(10))), sys.getsizeof(set('abc')))
for o in [0, 1, 2**30, 2**60, 2**100, -1, True, False, 1.5, 1j, '', 'a', 'é', '€', '😀', b'', b'abc', bytearray(), (), (1,), (1, 2, 3), {}, set(), frozenset(), range(10), None, slice(1), object(), [None] * 100]:
    print(type(o).__name__, sys.getsizeof(o))
s = set()
lst = []
d = {}
for i in range(40):
    s.add(i); lst.append(i); d[i] = i
    print(i, sys.getsizeof(s), sys.getsizeof(lst), sys.getsizeof(d))
print(sys.getsizeof(5, 'default'))
