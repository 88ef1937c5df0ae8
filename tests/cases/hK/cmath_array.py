import cmath, math, array
zs = [0j, 1 + 1j, -1 + 0j, complex(0, -1), complex(-0.0, 0.0), 2.5, complex(1e308, 1e308), complex(float('inf'), 0), complex(float('nan'), 1), -1j * 0]
for fn in ['sqrt', 'exp', 'log', 'log10', 'sin', 'cos', 'tan', 'asin', 'acos', 'atan', 'sinh', 'cosh', 'tanh', 'asinh', 'acosh', 'atanh', 'phase', 'polar', 'isfinite', 'isinf', 'isnan']:
    out = []
    for z in zs:
        try: out.append(repr(getattr(cmath, fn)(z)))
        except Exception as e: out.append(type(e).__name__ + ':' + str(e))
    print(fn, ' '.join(out))
print(cmath.rect(2, math.pi / 2), cmath.rect(1, 0), cmath.log(8, 2), cmath.log(1j, 1j), cmath.isclose(1j, 1.0000000001j), cmath.pi, cmath.e, cmath.inf, cmath.infj, cmath.nanj, cmath.tau)
for bad in [lambda: cmath.log(0), lambda: cmath.atanh(1), lambda: cmath.sqrt('x'), lambda: cmath.rect(float('inf'), float('nan')), lambda: cmath.log(1, 0), lambda: cmath.exp(1000)]:
    try: print(bad())
    except Exception as e: print(type(e).__name__, e)
print(complex('1+2j'), complex(' 3j '), complex('-1.5e2-0j'), complex(1, 2) ** 2, (1 + 2j) / (3 - 4j), abs(3 + 4j), (1j) ** 0.5, (2 + 0j) ** -1, 0j ** 0, repr(complex(-0.0, -0.0)), complex('inf-nanj'))
for bad in [lambda: complex('1+'), lambda: 0j ** -1, lambda: 1 / 0j, lambda: complex('j j'), lambda: (1j) < (2j), lambda: complex(1j, 'x')]:
    try: print(bad())
    except Exception as e: print(type(e).__name__, e)
a = array.array('i', [1, 2, 3]); print(a, repr(a), a.typecode, a.itemsize, a[0], a[-1], a[1:], type(a[1:]).__name__, len(a), a * 2, a + a)
a.append(4); a.extend([5, 6]); a.insert(0, 0); a.remove(3); print(a, a.pop(), a.pop(0), a.index(4), a.count(2), a.tolist(), list(reversed(a)))
a.reverse(); print(a, a.buffer_info()[1], a.tobytes() == bytes(a), array.array('b', b'\x01\xff'), array.array('u', 'héllo'), array.array('u', 'ab').tounicode())
f = array.array('d', [1.5, 2.5]); print(f, f.tobytes().hex(), array.array('f', [0.1]), array.array('d'), array.array('B', range(5)), sum(f), max(a), 2 in a)
b = array.array('h'); b.frombytes(b'\x01\x00\x02\x00'); b.fromlist([7]); print(b, b.byteswap() or b, array.array('L', [1]) == array.array('b', [1]), array.array('i', [1]) < array.array('i', [2]))
a[0] = 99; del a[1]; a[1:3] = array.array('i', [7, 7, 7]); print(a, array.typecodes)
for bad in [lambda: array.array('z'), lambda: array.array('b', [200]), lambda: array.array('B', [-1]), lambda: array.array('i', [1.5]), lambda: array.array('i', 'abc'),
            lambda: array.array('i').pop(), lambda: array.array('i', [1]).index(5), lambda: array.array('i', [1]) + array.array('d', [1]), lambda: array.array('i', [1]).__setitem__(0, 'x'),
            lambda: array.array('i').frombytes(b'abc'), lambda: array.array('u', [1]), lambda: array.array('I', [-1]), lambda: array.array('i', [1])[5], lambda: array.array('i').remove(1),
            lambda: array.array('h', [1]).__setitem__(slice(0, 1), [1]), lambda: array.array('d', [1]).tounicode(), lambda: array.array()]:
    try: print(bad())
    except Exception as e: print(type(e).__name__, e)
m = memoryview(array.array('i', [1, 2, 3])); print(m.format, m.itemsize, m.tolist(), m[1], len(m), m.nbytes)
print(array.array('q', [2**62]), array.array('Q', [2**64 - 1]), array.array('d', [float('inf'), float('nan')]), array.array('i', range(3)) * 0, -1 in array.array('b', [-1]))
import copy, pickle
print(copy.deepcopy(array.array('i', [1, 2])), array.array('u', 'x') + array.array('u', 'y'))
