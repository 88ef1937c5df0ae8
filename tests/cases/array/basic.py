# array: construction, sequence protocol, methods, comparisons and arithmetic.
import array as array_module
from array import array

print(array_module.typecodes, array_module.ArrayType is array)
print([array(c).itemsize for c in array_module.typecodes])
for code in array_module.typecodes:
    init = 'hé' if code == 'u' else ([1.5, -2.0] if code in 'fd' else [1, 2, 3])
    a = array(code, init)
    print(repr(a), a.typecode, a.itemsize, len(a), a.tolist(), a.tobytes())
print(array('i'), array('u'), array('d', (x / 2 for x in range(3))), array('i', range(4)))
print(array('b', b'\x01\xff'), array('d', array('i', [1, 2])), array('f', [1.1]), array('i', [True]))
a = array('i', [5, 1, 4])
a.append(7)
a.extend([8, 9])
a.extend(array('i', [10]))
a.insert(0, -1)
a.insert(-1, 99)
a.insert(100, 100)
print(a, len(a), a[0], a[-1], a[2:5], a[::-2], a[::3])
print(a.pop(), a.pop(0), a.pop(-2), a)
a.remove(99)
print(a, a.index(4), a.index(8, 2), a.count(1), 4 in a, 42 in a)
a.reverse()
print(a, list(a), list(reversed(a)), sorted(a))
a[1] = 50
a[2:4] = array('i', [7, 7, 7])
a[::2] = array('i', [0] * len(a[::2]))
print(a)
del a[0]
del a[1:3]
del a[::2]
print(a)
b = array('h', [1, 2, 3])
b.byteswap()
print(b, b.tobytes())
b.byteswap()
b.frombytes(b'\x04\x00')
b.fromlist([5, 6])
print(b, b.buffer_info()[1])
u = array('u', 'ab')
u.fromunicode('cd')
print(u, u.tounicode(), u[1], u.tolist())
print(array('i', [1, 2]) == array('d', [1.0, 2.0]), array('i', [1, 2]) < array('i', [1, 3]))
print(array('i', [1, 2]) == [1, 2], array('i', [1]) != array('i', [1]), array('b', [1]) < array('d', [2]))
print(array('i', [1, 2]) <= array('i', [1, 2]), array('i', [1, 2, 0]) > array('i', [1, 2]))
print(array('i', [1]) + array('i', [2]), array('i', [1, 2]) * 2, 2 * array('i', [3]), array('d', [1]) * -1)
c = array('i', [1])
c += array('i', [2])
c *= 3
print(c)
import copy
d = copy.copy(c) if hasattr(copy, 'copy') else c.__copy__()
print(d == c, d is c)
e = array('d', [0.5])
for x in e:
    print(x)
it = iter(array('i', [1, 2]))
print(next(it), next(it), list(it))

class MyArray(array):
    pass

m = MyArray('i', [1, 2])
m.extra = 5
print(repr(m), m.extra, type(m[0:1]).__name__, isinstance(m, array))
q = array('Q', [2**64 - 1])
print(q, q[0], array('q', [-2**63]))
