import random, cmath
random.seed(10)
def rc():
    k = random.random()
    vals = [0.0, -0.0, 1.0, -1.0, 2.5, float('inf'), float('nan'), 1e300, 1e-300]
    if k < 0.3:
        return complex(random.choice(vals), random.choice(vals))
    if k < 0.5:
        return random.choice([random.randint(-5, 5), random.uniform(-3, 3)])
    return complex(random.randint(-20, 20) / 4, random.randint(-20, 20) / 4)
for i in range(1000):
    a = rc(); b = rc()
    op = random.choice(['+', '-', '*', '/', '**', '==', 'abs', 'repr', 'str', 'neg', 'conj'])
    try:
        if op == '+': r = a + b
        elif op == '-': r = a - b
        elif op == '*': r = a * b
        elif op == '/': r = a / b
        elif op == '**':
            b = random.choice([b, random.randint(-4, 6), 0.5, complex(0, 1)])
            r = a ** b
        elif op == '==': r = (a == b, a != b)
        elif op == 'abs': r = abs(a)
        elif op == 'repr': r = repr(complex(a))
        elif op == 'str': r = str(complex(a))
        elif op == 'neg': r = -complex(a)
        elif op == 'conj': r = complex(a).conjugate()
        print(i, op, repr(a), repr(b), repr(r))
    except Exception as e:
        print(i, op, repr(a), repr(b), type(e).__name__, e)
for i in range(300):
    z = rc()
    name = random.choice(['sqrt', 'exp', 'log', 'log10', 'sin', 'cos', 'tan', 'asin', 'acos', 'atan', 'sinh', 'cosh', 'tanh', 'asinh', 'acosh', 'atanh', 'phase', 'polar', 'isfinite', 'isnan', 'isinf'])
    try:
        print(i, name, repr(z), repr(getattr(cmath, name)(z)))
    except Exception as e:
        print(i, name, repr(z), type(e).__name__, e)
strs = ['1+2j', ' (1+2j) ', '1 + 2j', 'j', '-j', '+J', '2', '2.5e3-1.5e-2j', '(1)', '()', '1+', 'inf+nanj', '-infj', '1e400j', 'abc', '1j+2', '(1+2j', '1_0+2_0j', '  3j\n']
for s in strs:
    try:
        print(repr(s), repr(complex(s)))
    except Exception as e:
        print(repr(s), type(e).__name__, e)
for z in (complex(1, 2), complex(-0.0, 0.0), complex(1.5, -2.25), 1j, complex(1e20, 1e-20)):
    for spec in ('', '.2f', '>20', '+.3e', 'g', '^30.1f', '10', 'z.1f'):
        try:
            print(spec, repr(format(z, spec)))
        except Exception as e:
            print(spec, type(e).__name__, e)
for args in [(1, 2), ('1', 2), (1j, 1j), (None,), ([],), ('1', ), (2, '1')]:
    try:
        print(args, complex(*args))
    except Exception as e:
        print(type(e).__name__, e)
