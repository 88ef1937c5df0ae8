import random
random.seed(6)
for i in range(800):
    k = random.random()
    if k < 0.4:
        x = random.randint(-10**6, 10**6) / random.choice([10, 100, 1000, 8, 16, 2])
    elif k < 0.7:
        x = random.uniform(-1e6, 1e6)
    else:
        x = random.uniform(-1, 1) * 10 ** random.randint(-20, 300)
    n = random.choice([None, random.randint(-10, 20), random.randint(-400, 400)])
    try:
        r = round(x) if n is None else round(x, n)
        print(i, repr(x), n, repr(r), type(r).__name__)
    except Exception as e:
        print(i, repr(x), n, type(e).__name__, e)
for i in range(400):
    x = random.choice([random.randint(-10**6, 10**6), random.randint(-10**30, 10**30)])
    n = random.choice([None, random.randint(-35, 5)])
    r = round(x) if n is None else round(x, n)
    print(x, n, r, type(r).__name__)
for x in (float('inf'), float('-inf'), float('nan')):
    for n in (None, 0, 2, -2):
        try:
            print(x, n, round(x) if n is None else round(x, n))
        except Exception as e:
            print(x, n, type(e).__name__, e)
for bad in ('1', 1.5, None):
    try:
        print(round(2.5, bad))
    except Exception as e:
        print(type(e).__name__, e)
print(round(0.5), round(1.5), round(2.5), round(-0.5), round(-1.5), round(2.675, 2), round(-0.0, 1), round(1e300, -299))
print(round(True), round(True, 2), round(5, 2**70), round(5.5, 2**70), round(5.5, -2**70))
