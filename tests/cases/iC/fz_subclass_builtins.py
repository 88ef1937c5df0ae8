import random
random.seed(28)
class I(int):
    pass
class F(float):
    pass
class S(str):
    pass
class B(bytes):
    pass
class L(list):
    pass
class T(tuple):
    pass
class D(dict):
    pass
vals = [I(7), I(-3), F(2.5), F(-0.0), S('ab c'), B(b'xy z'), L([3, 1, 2]), T((1, 2)), D(a=1), I(0), 5, 2.0, 'q', b'q', [9], (9,)]
ops = ['+', '-', '*', '/', '//', '%', '**', '&', '|', '^', '<<', '>>', '<', '==', 'neg', 'abs', 'repr', 'str', 'type_add', 'hash', 'bool', 'int', 'float', 'format']
for i in range(1500):
    a = random.choice(vals); b = random.choice(vals); op = random.choice(ops)
    try:
        if op == 'neg': r = -a
        elif op == 'abs': r = abs(a)
        elif op == 'repr': r = repr(a)
        elif op == 'str': r = str(a)
        elif op == 'type_add': r = type(a + a).__name__
        elif op == 'hash': r = hash(a) == hash(type(a).__mro__[-2](a)) if not isinstance(a, (list, dict)) else 'unhashable'
        elif op == 'bool': r = bool(a)
        elif op == 'int': r = int(a)
        elif op == 'float': r = float(a)
        elif op == 'format': r = format(a, '')
        else: r = eval('a ' + op + ' b')
        print(i, repr(a), op, repr(b), repr(r), type(r).__name__)
    except Exception as e:
        print(i, repr(a), op, repr(b), type(e).__name__, e)
for m in ['upper', 'strip', 'split', 'replace', 'title', 'center', 'zfill', 'join', 'partition', '__getitem__', '__mul__', '__add__', 'format', 'casefold', 'expandtabs', 'ljust']:
    s = S(' ab c ')
    args = {'replace': ('a', 'b'), 'center': (10,), 'zfill': (8,), 'join': (['1', '2'],), 'partition': ('b',), '__getitem__': (slice(1, 3),), '__mul__': (2,), '__add__': ('z',), 'ljust': (3,)}.get(m, ())
    r = getattr(s, m)(*args)
    print(m, repr(r), type(r).__name__ if not isinstance(r, (list, tuple)) else [type(x).__name__ for x in r])
for m, args in [('copy', ()), ('__getitem__', (slice(0, 2),)), ('__add__', ([1],)), ('__mul__', (2,))]:
    r = getattr(L([1, 2, 3]), m)(*args)
    print(m, r, type(r).__name__)
print(type(T((1, 2))[0:1]).__name__, type(T((1,)) + (2,)).__name__, type(D(a=1).copy()).__name__, type(D(a=1) | {}).__name__, type(B(b'ab')[0:1]).__name__, type(B(b'ab').upper()).__name__)
print(type(I(5) + 0).__name__, type(+I(5)).__name__, type(I(5).real).__name__, type(I(5).numerator).__name__, type(round(I(5))).__name__, type(F(2.5).real).__name__, type(F(2.5).conjugate()).__name__, type(divmod(I(7), 2)[0]).__name__)
print(I.from_bytes(b'\x01', 'big'), type(I.from_bytes(b'\x01', 'big')).__name__, type(F.fromhex('0x1p0')).__name__, type(D.fromkeys('ab')).__name__, type(B.fromhex('61')).__name__)
class E(int):
    def __repr__(self):
        return 'E!'
print(repr(E(3)), str(E(3)), f'{E(3)}', '%d %s %r' % (E(3), E(3), E(3)), [E(3)], format(E(3), 'x'))
class G(float):
    def __repr__(self):
        return 'G!'
print(repr(G(3)), str(G(3)), f'{G(3)}', '%f %s %r' % (G(3), G(3), G(3)), [G(3)])
class R(str):
    def __str__(self):
        return 'R-str'
    def __repr__(self):
        return 'R-repr'
print(R('x'), str(R('x')), '%s' % R('x'), f'{R("x")}', '{}'.format(R('x')), R('x') + 'y', [R('x')], ''.join([R('x')]))
