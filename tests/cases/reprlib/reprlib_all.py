import reprlib
import collections
import array

r = reprlib.Repr()
print(r.maxlevel, r.maxlist, r.maxstring, r.maxother, r.fillvalue)
vals = [
    list(range(3)), list(range(10)), tuple(range(10)), (1,), (), [], {},
    set(range(10)), frozenset(range(3)), set(), frozenset(), {'a': 1, 'b': 2, 'c': 3, 'd': 4, 'e': 5},
    'x' * 100, 'short', 2**200, 12345, [[[[[[[[1]]]]]]]], {'k': {'k': {'k': {'k': {'k': {'k': {}}}}}}},
    collections.deque(range(10)), array.array('i', range(10)), array.array('d'),
    {3, 2, 1.5}, object, 'é' * 40, b'bytes' * 20, 3.14159, None, {1: [1, 2, 3, 4, 5, 6, 7]},
]
for v in vals:
    print(reprlib.repr(v))
r.maxlist = 2
r.maxstring = 10
r.maxlevel = 2
r.fillvalue = '+++'
print(r.repr(list(range(5))), r.repr('abcdefghijklmnop'), r.repr([[[1]]]), r.repr({'a': {'b': {}}}))
class Bad:
    def __repr__(self):
        raise ValueError
print(reprlib.repr(Bad()).startswith('<Bad instance at 0x'))
class Long:
    def __repr__(self):
        return 'L' * 50
print(reprlib.repr(Long()))

class Node:
    def __init__(self):
        self.children = []
    @reprlib.recursive_repr()
    def __repr__(self):
        return 'Node(%r)' % self.children
n = Node()
n.children.append(n)
print(repr(n), Node.__repr__.__name__)
class Node2(list):
    @reprlib.recursive_repr('<self>')
    def __repr__(self):
        return 'N2' + list.__repr__(self)
n2 = Node2()
n2.append(n2)
print(repr(n2))
class MyRepr(reprlib.Repr):
    def repr_int(self, x, level):
        return 'INT'
print(MyRepr().repr([1, 'a', 2]))
