import random
random.seed(40)
class C:
    pass
vals = [1, -2, 2.5, 1j, True, None, 'ab', b'ab', bytearray(b'c'), [1], (2,), {3: 4}, {5}, frozenset([6]), range(2), C(), 2**70, 0, 0.0, '', [], ()]
ops = ['+', '-', '*', '/', '//', '%', '**', '<<', '>>', '&', '|', '^', '@', '<', '<=', '>', '>=', '==', '!=', 'in', 'not in', 'is']
for i in range(2500):
    a = random.choice(vals); b = random.choice(vals); op = random.choice(ops)
    if op == '**' and isinstance(b, int) and b > 100:
        continue
    if op in ('*', '<<') and isinstance(b, int) and b > 100 and not isinstance(a, (float, complex)):
        continue
    if op == '*' and isinstance(a, int) and a > 100 and isinstance(b, (str, bytes, bytearray, list, tuple)):
        continue
    try:
        r = eval('a %s b' % op)
        print(i, type(a).__name__, op, type(b).__name__, repr(r) if not isinstance(r, C) else 'C')
    except Exception as e:
        print(i, type(a).__name__, op, type(b).__name__, type(e).__name__, e)
for i in range(600):
    a = random.choice(vals); b = random.choice(vals); op = random.choice(['+=', '-=', '*=', '/=', '//=', '%=', '**=', '<<=', '>>=', '&=', '|=', '^=', '@='])
    if op in ('**=', '*=', '<<=') and isinstance(b, int) and b > 100:
        continue
    if op == '*=' and isinstance(a, int) and a > 100:
        continue
    x = a.copy() if hasattr(a, 'copy') else a
    try:
        exec('x %s b' % op)
        print(i, type(a).__name__, op, type(b).__name__, 'ok')
    except Exception as e:
        print(i, type(a).__name__, op, type(b).__name__, type(e).__name__, e)
for v in vals:
    for op in ('-', '+', '~', 'not ', 'abs', 'len', 'hash', 'iter', 'int', 'float', 'complex', 'bool', 'reversed'):
        try:
            if op in ('abs', 'len', 'iter', 'int', 'float', 'complex', 'bool', 'reversed'):
                r = eval(op + '(v)')
                r = type(r).__name__ if op in ('iter', 'reversed') else r
            elif op == 'hash':
                r = 'h' if isinstance(hash(v), int) else '?'
            else:
                r = eval(op + 'v')
            print(type(v).__name__, op, repr(r) if not isinstance(r, C) else 'C')
        except Exception as e:
            print(type(v).__name__, op, type(e).__name__, e)
