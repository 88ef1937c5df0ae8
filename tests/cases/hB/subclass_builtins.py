class Missing(dict):
    def __missing__(self, k):
        return f'<{k}>'
m = Missing(a=1)
print(m['a'], m['zz'], m.get('zz'), 'zz' in m, '{a} {b}'.format_map(m), len(m))
class Logged(dict):
    def __setitem__(self, k, v):
        print('set', k, v)
        super().__setitem__(k, v * 2)
    def __getitem__(self, k):
        print('get', k)
        return super().__getitem__(k)
lg = Logged({'x': 1})
lg['y'] = 2
lg.update(z=3)
lg.setdefault('w', 4)
print(lg, lg['y'], lg.get('y'), dict(lg), {**lg}, list(lg.items()))
print('{y}'.format(**lg), '{y}'.format_map(lg))
class UL(list):
    def __getitem__(self, i):
        return 'item%s' % (i,)
    def __len__(self):
        return 99
u = UL([1, 2, 3])
print(u[0], u[1:2], list(u), len(u), sorted(u), [x for x in u], u + [4], type(u + [4]).__name__, u * 2, repr(u), str(u), max(u), ', '.join(map(str, u)), bool(UL()))
class US(str):
    def __str__(self): return 'US!'
    def __len__(self): return 1000
    def upper(self): return 'overridden'
us = US('abc')
print(us, str(us), '%s' % us, f'{us}', '{}'.format(us), len(us), us.upper(), us + 'd', ''.join([us, 'x']), us == 'abc', us[1], repr(us), print is not None)
print([us], (us,), {us: 1}['abc'], 'b' in us, us.lower(), us * 2, us.split('b'))
class UI(int):
    def __add__(self, o): return 'UI.add'
    def __radd__(self, o): return 'UI.radd'
    def __eq__(self, o): return 'UI.eq'
    __hash__ = int.__hash__
    def __str__(self): return 'UI.str'
ui = UI(5)
print(ui + 1, 1 + ui, ui == 5, 5 == ui, ui - 1, ui * 2, str(ui), repr(ui), f'{ui}', '%d' % ui, '%s' % ui, format(ui, 'd'), int(ui), hex(ui), [1, 2, 3, 4, 5, 6][ui], sum([ui, ui]), abs(ui), -ui, float(ui))
class UF(float):
    def __repr__(self): return 'UF()'
print(UF(1.5), [UF(2)], f'{UF(3)}', str(UF(1)), '%r' % UF(0), round(UF(2.567), 1), type(round(UF(2.5))).__name__, UF(1) + 1, type(UF(1) + 1).__name__)
class UT(tuple):
    def __new__(cls, *a): return super().__new__(cls, a)
    def __repr__(self): return 'UT' + super().__repr__()
ut = UT(1, 2)
print(ut, ut + (3,), type(ut + (3,)).__name__, ut[0], ut[:1], type(ut[:1]).__name__, len(ut), ut == (1, 2), hash(ut) == hash((1, 2)), [ut], sorted([UT(2), UT(1)]))
class USet(set):
    pass
us2 = USet([1, 2])
print(sorted(us2), type(us2 | {3}).__name__, type(us2.copy()).__name__, type({3} | us2).__name__, us2 == {1, 2}, repr(USet()), repr(USet([1])))
class UD(dict):
    pass
ud = UD(a=1)
print(ud, repr(ud), type(ud.copy()).__name__, type(ud | {}).__name__, ud == {'a': 1}, UD.fromkeys('ab'), type(UD.fromkeys('ab')).__name__)
class OrderedSetLike(list):
    def append(self, x):
        if x not in self:
            super().append(x)
o = OrderedSetLike()
for c in 'abracadabra':
    o.append(c)
o.extend('zz')
print(o, o.count('z'))
class Vec(tuple):
    def __add__(self, other):
        return Vec(a + b for a, b in zip(self, other))
    def __mul__(self, k):
        return Vec(a * k for a in self)
    __rmul__ = __mul__
print(Vec((1, 2)) + Vec((3, 4)), 2 * Vec((1, 1)), Vec((1, 2)) * 3, sum([Vec((1, 1)), Vec((2, 2))], Vec((0, 0))))
