import random
random.seed(4)

def rfloat():
    k = random.random()
    if k < 0.2:
        return random.choice([0.0, -0.0, 1.0, -1.0, float('inf'), float('-inf'), float('nan'), 0.5, 1e16, 1e-5, 1e-4, 123456789.0, 2.5, 0.125, 1e22, 1e300, 5e-324, 1.7976931348623157e308])
    if k < 0.5:
        return random.uniform(-1000, 1000)
    if k < 0.7:
        return random.randint(-10**6, 10**6) / random.choice([1, 10, 100, 1000, 8, 3])
    return random.uniform(-1, 1) * 10 ** random.randint(-30, 30)

types_ = 'eEfFgG%n'
for i in range(1500):
    x = rfloat()
    spec = ''
    if random.random() < 0.3:
        spec += random.choice(['', '*', '0', 'x', '_']) + random.choice('<>=^')
    if random.random() < 0.4:
        spec += random.choice('+- ')
    if random.random() < 0.1:
        spec += 'z'
    if random.random() < 0.2:
        spec += '#'
    if random.random() < 0.2:
        spec += '0'
    if random.random() < 0.4:
        spec += str(random.randint(0, 20))
    if random.random() < 0.3:
        spec += random.choice([',', '_'])
    if random.random() < 0.6:
        spec += '.' + str(random.randint(0, 17))
    if random.random() < 0.85:
        spec += random.choice(types_)
    try:
        print(i, repr(x), repr(spec), repr(format(x, spec)))
    except Exception as e:
        print(i, repr(x), repr(spec), type(e).__name__, e)
for i in range(300):
    x = rfloat()
    print(repr(x), str(x), '%r' % x, '%s' % x, '%.3g' % x, '%e' % x, '%10.2f' % x, '%-10.1f|' % x, '%+g' % x, '%#g' % x, '%#.0f' % x, '%#.0e' % x)
