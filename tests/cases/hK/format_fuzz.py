import random
random.seed(1)
vals = [0, 1, -1, 7, 42, -42, 255, 1000000, -123456789, 2**63, -2**70, 0.0, -0.0, 1.5, -2.25, 3.14159265, 1e-7, 1.23e-5, 1e16, 123456.789, 1e300, float('inf'), float('-inf'), float('nan'), 0.5, 2.5, 0.125, 9.995, 1/3, True, 1e22, 5e-324]
fills = ['', '*', '0', ' ', '_']
aligns = ['', '<', '>', '^', '=']
signs = ['', '+', '-', ' ']
types_i = ['', 'd', 'b', 'o', 'x', 'X', 'c', 'n', 'e', 'E', 'f', 'F', 'g', 'G', '%']
types_f = ['', 'e', 'E', 'f', 'F', 'g', 'G', '%', 'n']
out = []
for _ in range(1500):
    v = random.choice(vals)
    t = random.choice(types_f if isinstance(v, float) else types_i)
    spec = ''
    if random.random() < 0.4:
        a = random.choice(aligns[1:])
        spec += random.choice(fills) + a if random.random() < 0.5 else a
    spec += random.choice(signs)
    if random.random() < 0.2: spec += 'z' if isinstance(v, float) else ''
    if random.random() < 0.3: spec += '#'
    if random.random() < 0.3: spec += '0'
    if random.random() < 0.6: spec += str(random.randint(0, 25))
    if random.random() < 0.3: spec += random.choice([',', '_'])
    if random.random() < 0.5 and t not in 'dbcoxXn' : spec += '.' + str(random.randint(0, 20))
    spec += t
    try:
        r = repr(format(v, spec))
    except Exception as e:
        r = type(e).__name__ + ': ' + str(e)
    print(repr(v), repr(spec), r)
