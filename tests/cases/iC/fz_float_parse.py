import random
random.seed(36)
for i in range(2000):
    mant = ''.join(random.choice('0123456789') for _ in range(random.randint(1, 30)))
    k = random.randint(0, len(mant))
    s = mant[:k] + '.' + mant[k:] if random.random() < 0.7 else mant
    if random.random() < 0.6:
        s += random.choice('eE') + random.choice(['', '+', '-']) + str(random.randint(0, 340))
    if random.random() < 0.3:
        s = '-' + s
    try:
        x = float(s)
        print(i, s, repr(x))
    except Exception as e:
        print(i, s, type(e).__name__, e)
for i in range(300):
    p = random.randint(0, 60)
    x = random.uniform(-1, 1) * 10 ** random.randint(-10, 20)
    print(i, format(x, '.%df' % p), format(x, '.%de' % p), format(x, '.%dg' % p))
print(format(5e-324, '.800f')[-30:], format(1e300, 'f')[:40], '%.60f' % 0.1, '%.0e' % 2.5e10, '%.100g' % (1 / 3))
