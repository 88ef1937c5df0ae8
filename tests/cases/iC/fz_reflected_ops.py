import random
random.seed(45)
names = ['add', 'sub', 'mul', 'truediv', 'floordiv', 'mod', 'pow', 'lshift', 'rshift', 'and', 'or', 'xor', 'matmul']
syms = ['+', '-', '*', '/', '//', '%', '**', '<<', '>>', '&', '|', '^', '@']
def make(base, tag, which, ni):
    ns = {}
    for n in names:
        if 'f' in which:
            ns['__%s__' % n] = (lambda n: lambda s, o: NotImplemented if ni else '%s.%s' % (tag, n))(n)
        if 'r' in which:
            ns['__r%s__' % n] = (lambda n: lambda s, o: '%s.r%s' % (tag, n))(n)
        if 'i' in which:
            ns['__i%s__' % n] = (lambda n: lambda s, o: NotImplemented if ni == 2 else '%s.i%s' % (tag, n))(n)
    for c in ['lt', 'le', 'gt', 'ge', 'eq', 'ne']:
        if 'c' in which:
            ns['__%s__' % c] = (lambda c: lambda s, o: NotImplemented if ni else '%s.%s' % (tag, c))(c)
    return type(tag, (base,), ns)
classes = []
for j, base in enumerate([int, float, str, list, object, tuple, int, object]):
    which = random.choice(['f', 'r', 'fr', 'fri', 'i', 'c', 'frc', 'rc', ''])
    cls = make(base, 'K%d' % j, which, random.choice([0, 0, 1, 2]))
    classes.append((cls, base))
    sub = make(cls, 'S%d' % j, random.choice(['r', 'f', 'fr', '', 'c']), random.choice([0, 1]))
    classes.append((sub, base))
def inst(cls, base):
    if base is int: return cls(3)
    if base is float: return cls(1.5)
    if base is str: return cls('s')
    if base is list: return cls([1])
    if base is tuple: return cls((1,))
    return cls()
plain = [2, 2.5, 's', [0], (0,), None]
for i in range(1500):
    a = random.choice([inst(*random.choice(classes)), random.choice(plain)])
    b = random.choice([inst(*random.choice(classes)), random.choice(plain)])
    k = random.random()
    try:
        if k < 0.6:
            op = random.choice(syms)
            r = eval('a %s b' % op)
        elif k < 0.8:
            op = random.choice(['<', '<=', '>', '>=', '==', '!='])
            r = eval('a %s b' % op)
        else:
            op = random.choice(syms) + '='
            x = a
            exec('x %s b' % op)
            r = x
        print(i, type(a).__name__, op, type(b).__name__, repr(r) if isinstance(r, (str, int, float, bool, list, tuple)) else type(r).__name__)
    except Exception as e:
        print(i, type(a).__name__, op, type(b).__name__, type(e).__name__, e)
