import random
rng = random.Random(11)
chars = list('%%%sdrxafgc -+#0*.5(k)') + ['', 'é', '1', '9']
argsets = [(), (1,), ('s',), (1, 2), (1.5, 'x', 3), {'k': 5}, {'k': 'v', 'a': 1}, [1], 'str', 5, None, (None, None, None), (2, 3.5, 'z', b'b')]
for i in range(5000):
    fmt = ''.join(rng.choice(chars) for _ in range(rng.randint(1, 7)))
    a = rng.choice(argsets)
    try:
        r = repr(fmt % a)
    except Exception as e:
        r = type(e).__name__ + ': ' + str(e)
    try:
        rb = repr(fmt.encode('utf-8') % (a if not isinstance(a, str) else a.encode()))
    except Exception as e:
        rb = type(e).__name__ + ': ' + str(e)
    print(repr(fmt), repr(a), r, rb)
