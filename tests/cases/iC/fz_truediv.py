import random
random.seed(35)
for i in range(1500):
    a = random.randint(-10**random.randint(1, 400), 10**random.randint(1, 400))
    b = random.randint(-10**random.randint(1, 400), 10**random.randint(1, 400)) or 1
    try:
        print(i, repr(a / b))
    except Exception as e:
        print(i, type(e).__name__, e)
for i in range(300):
    a = random.getrandbits(random.randint(50, 1100)) | 1
    b = random.getrandbits(random.randint(1, 60)) | 1
    try:
        print(i, repr(a / b), repr(b / a), repr(float(a)) if a < 2**1024 else 'big')
    except Exception as e:
        print(i, type(e).__name__, e)
for a, b in [(1, 3), (2**1024, 2**1023), (2**1025, 3), (10**400, 10**399), (-1, 2**1100), (1, 0), (2**53 + 1, 1), (2**54 + 3, 2), (10**308 * 2, 1)]:
    try:
        print(repr(a / b))
    except Exception as e:
        print(type(e).__name__, e)
