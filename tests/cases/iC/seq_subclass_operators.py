# Subclasses of list/tuple/str that define + or * in Python: CPython drops the sequence
# fallback (sq_concat/sq_repeat) and calls inherited builtin methods through a numeric slot
class Vec(list):
    def __add__(self, other):
        if not isinstance(other, Vec):
            return NotImplemented
        return Vec(a + b for a, b in zip(self, other))
    def __mul__(self, k):
        if not isinstance(k, (int, float)):
            return NotImplemented
        return Vec(a * k for a in self)
    __rmul__ = __mul__
v = Vec([1, 2])
print(v + Vec([10, 20]), v * 3, 3 * v, v * 0.5)
for f in [lambda: v + [1], lambda: [1] + v, lambda: v * 'x', lambda: 'x' * v, lambda: v + (1,), lambda: v * [2]]:
    try:
        print(f())
    except TypeError as e:
        print('TypeError:', e)
class T(tuple):
    def __add__(self, o):
        return NotImplemented
    def __mul__(self, o):
        return NotImplemented
for f in [lambda: T((1,)) + (2,), lambda: T((1,)) * 2, lambda: 2 * T((1,)), lambda: (2,) + T((1,))]:
    try:
        print(f())
    except TypeError as e:
        print('TypeError:', e)
class S(str):
    def __rmul__(self, o):
        return 'S.rmul'
class I(int):
    def __rmul__(self, o):
        return 'I.rmul'
class O:
    pass
print(S('ab') * I(2), 2 * S('a'), 'a' * I(3), I(3) * 'a')
for f in [lambda: S('ab') * S('c'), lambda: S('ab') * O(), lambda: O() * S('a'), lambda: S('a') * 1.5]:
    try:
        print(f())
    except TypeError as e:
        print('TypeError:', e)
class L(list):
    def __add__(self, o):
        return NotImplemented
    def __iadd__(self, o):
        return NotImplemented
x = L([1])
try:
    x += [2]
except TypeError as e:
    print('TypeError:', e)
class K(str):
    def __mul__(self, o):
        return NotImplemented
x = O()
try:
    x *= K('s')
except TypeError as e:
    print('TypeError:', e)
class M(list):
    def __rmul__(self, o):
        return NotImplemented
y = 3
try:
    y *= M([1])
except TypeError as e:
    print('TypeError:', e)
print(M([1]) * 2, 'ok')
