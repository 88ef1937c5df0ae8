import random
random.seed(62)
def rc():
    pool = [0.0, -0.0, 1.0, -2.5, 1e20, 1e-8, float('inf'), float('nan'), 123.456, -0.001]
    return complex(random.choice(pool + [random.uniform(-100, 100)]), random.choice(pool + [random.uniform(-100, 100)]))
for i in range(1200):
    z = rc()
    spec = ''
    if random.random() < 0.3:
        spec += random.choice(['', '*', '0']) + random.choice('<>=^')
    if random.random() < 0.4:
        spec += random.choice('+- ')
    if random.random() < 0.1:
        spec += 'z'
    if random.random() < 0.2:
        spec += '#'
    if random.random() < 0.1:
        spec += '0'
    if random.random() < 0.4:
        spec += str(random.randint(0, 30))
    if random.random() < 0.2:
        spec += random.choice(',_')
    if random.random() < 0.5:
        spec += '.' + str(random.randint(0, 8))
    if random.random() < 0.7:
        spec += random.choice('eEfFgGn%dxs')
    try:
        print(i, repr(z), repr(spec), repr(format(z, spec)))
    except Exception as e:
        print(i, repr(z), repr(spec), type(e).__name__, e)
for i in range(300):
    z = rc()
    print(repr(z), str(z), str(-z), repr(z * 1j), repr(z.conjugate()), repr(complex(z.real)), repr(complex(0, z.imag)))
