import cmath, random
# Results are shown to 12 significant digits: glibc's sin/cos/acos are not correctly
# rounded for ~0.1% of arguments (wasipy's are), so last-digit differences are expected.
def r12(v):
    if isinstance(v, tuple):
        return tuple(r12(x) for x in v)
    if isinstance(v, complex):
        return '(%.12g%+.12gj)' % (v.real, v.imag)
    return '%.12g' % v
random.seed(76)
names = ['sqrt', 'exp', 'log', 'log10', 'sin', 'cos', 'tan', 'asin', 'acos', 'atan', 'sinh', 'cosh', 'tanh', 'asinh', 'acosh', 'atanh', 'phase', 'polar']
def rpart():
    k = random.random()
    if k < 0.3:
        return random.uniform(-1, 1) * 10 ** random.randint(-320, 308)
    if k < 0.6:
        return random.uniform(-800, 800)
    return random.choice([0.0, -0.0, 1.0, -1.0, 709.0, 710.0, -745.0, 1e308, -1e308, 5e-324])
for i in range(2500):
    z = complex(rpart(), rpart())
    name = random.choice(names)
    try:
        print(i, name, repr(z), r12(getattr(cmath, name)(z)))
    except Exception as e:
        print(i, name, repr(z), type(e).__name__, e)
for i in range(300):
    z = complex(rpart(), rpart())
    w = complex(rpart(), rpart())
    try:
        print(i, 'log2', r12(cmath.log(z, w)))
    except Exception as e:
        print(i, 'log2', type(e).__name__, e)
    try:
        print(i, 'rect', r12(cmath.rect(abs(z.real), w.imag)))
    except Exception as e:
        print(i, 'rect', type(e).__name__, e)
    try:
        print(i, 'pow', r12(z ** complex(random.randint(-3, 3), 0)), r12(abs(z)))
    except Exception as e:
        print(i, 'pow', type(e).__name__, e)
