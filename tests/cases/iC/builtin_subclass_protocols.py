# Which builtins honour overridden methods of builtin subclasses (CPython 3.11)
class LI(list):
    def __iter__(self):
        yield 'iter'
    def __len__(self):
        return 99
    def __getitem__(self, i):
        return 'gi'
    def __contains__(self, x):
        return True
    def __reversed__(self):
        return iter(['rev'])
l = LI([1, 2, 3])
print(list(l), tuple(l), sorted(l), [*l], len(l), l[0], 5 in l, list(reversed(l)), sum(x for x in l), ''.join(map(str, l)))
print(set(l), dict.fromkeys(l), min(l), max(l), list(enumerate(l)), list(zip(l, l)), any(l), str(l), repr(l), l == [1, 2, 3], bool(l))
a, *b = l
print(a, b)
print(list.__len__(l), list.__iter__(l).__next__(), l.copy(), l + [4], l * 2, l.index(2), l.count(1))
x = []
x.extend(l)
x += l
print(x, [1, 2] + list(l))
class DI(dict):
    def __getitem__(self, k):
        return 'gi:' + str(k)
    def keys(self):
        return ['a', 'zz']
    def __iter__(self):
        return iter(['it'])
    def __len__(self):
        return 42
    def get(self, k, d=None):
        return 'get'
    def items(self):
        return [('i', 1)]
d = DI(a=1, b=2)
def f(**kw):
    return kw
print(f(**d), dict(d), {**d}, list(d), len(d), d['a'], d.get('a'), dict.get(d, 'a'), sorted(d.items()), list(dict.items(d)), repr(d), d == {'a': 1, 'b': 2}, 'a' in d)
x = {}
x.update(d)
print(x, dict(d, c=3), {1: 2} | d)
class SI(str):
    def __iter__(self):
        return iter('XYZ')
    def __len__(self):
        return 7
    def __getitem__(self, i):
        return '#'
    def __str__(self):
        return 'str!'
    def __eq__(self, o):
        return True
    __hash__ = str.__hash__
    def __contains__(self, x):
        return True
s = SI('abc')
print(list(s), len(s), s[0], str(s), '%s' % s, f'{s}', '{}'.format(s), s + 'd', s.upper(), s == 'q', 'q' in s, 'z' in s, print(s), [s], ''.join([s]), s.split('b'), set(s), sorted(s), tuple(s), {s: 1}, int(SI('12')))
class TI(tuple):
    def __iter__(self):
        return iter('tt')
    def __len__(self):
        return 0
t = TI((1, 2))
print(list(t), len(t), t[0], bool(t), t == (1, 2), tuple(t), t + (3,), hash(t) == hash((1, 2)), repr(t), x if (x := t) else 'falsy')
aa, bb = t
print(aa, bb)
class SetI(set):
    def __iter__(self):
        return iter([9])
    def __contains__(self, x):
        return x == 'in'
    def __len__(self):
        return -0
st = SetI({1, 2})
print(sorted(st), list(st), 'in' in st, 1 in st, st | {3}, st & {1}, len(st), bool(st), frozenset(st), st == {1, 2}, st.issubset({1, 2, 3}))
