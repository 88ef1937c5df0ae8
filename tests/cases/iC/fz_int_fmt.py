import random
random.seed(5)
types_ = ['b', 'o', 'x', 'X', 'd', 'n', 'c', '', 'e', 'f', 'g', '%', 'E', 'G']
for i in range(1500):
    x = random.choice([random.randint(-300, 300), random.randint(-10**25, 10**25), 0, -1, 65, 0x10ffff, 0x110000])
    spec = ''
    if random.random() < 0.3:
        spec += random.choice(['', '*', '0', 'x', '_', '\u00e9']) + random.choice('<>=^')
    if random.random() < 0.4:
        spec += random.choice('+- ')
    if random.random() < 0.05:
        spec += 'z'
    if random.random() < 0.3:
        spec += '#'
    if random.random() < 0.2:
        spec += '0'
    if random.random() < 0.4:
        spec += str(random.randint(0, 30))
    if random.random() < 0.3:
        spec += random.choice([',', '_'])
    if random.random() < 0.15:
        spec += '.' + str(random.randint(0, 8))
    spec += random.choice(types_)
    try:
        print(i, x, repr(spec), repr(format(x, spec)))
    except Exception as e:
        print(i, x, repr(spec), type(e).__name__, e)
for i in range(200):
    x = random.randint(-10**6, 10**6)
    print('%d|%5d|%-5d|%05d|%+d|% d|%x|%#x|%X|%#X|%o|%#o|%c' % (x, x, x, x, x, x, x, x, x, x, x, x, abs(x) % 1000 + 32))
for b in (True, False):
    print(format(b, ''), format(b, 'd'), format(b, '>5'), format(b, 'x'), '%s %d %r' % (b, b, b), f'{b!s:>7}', f'{b:^7}')
