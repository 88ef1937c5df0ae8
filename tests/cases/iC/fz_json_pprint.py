import random, json, pprint
random.seed(44)
def rv(d=0):
    k = random.random()
    if d < 3 and k < 0.2:
        return [rv(d + 1) for _ in range(random.randint(0, 5))]
    if d < 3 and k < 0.4:
        return {random.choice(['a', 'bb', 'key', 'é', 'x y', '"q"', '\n']) + str(random.randint(0, 50)): rv(d + 1) for _ in range(random.randint(0, 5))}
    if d < 3 and k < 0.45:
        return tuple(rv(d + 1) for _ in range(random.randint(0, 3)))
    return random.choice([random.randint(-10**6, 10**6), random.uniform(-1e6, 1e6), 'text ' * random.randint(0, 8), True, False, None, 1e300, -0.0, 'tab\t€\u2603\U0001f600', 2**70, 0.1])
for i in range(250):
    v = rv()
    kw = {}
    if random.random() < 0.5: kw['indent'] = random.choice([None, 0, 2, 4, '\t', '--'])
    if random.random() < 0.3: kw['sort_keys'] = True
    if random.random() < 0.3: kw['separators'] = random.choice([(',', ':'), (', ', ': '), (';', '=')])
    if random.random() < 0.3: kw['ensure_ascii'] = False
    try:
        s = json.dumps(v, **kw)
        print(i, s)
        print(i, json.loads(s) == json.loads(json.dumps(v)))
    except Exception as e:
        print(i, type(e).__name__, e)
for i in range(200):
    v = rv()
    w = random.choice([80, 40, 20, 10, 1])
    print(i, w)
    pprint.pprint(v, width=w, sort_dicts=random.choice([True, False]), compact=random.choice([True, False]), depth=random.choice([None, 1, 2, 3]))
print(pprint.pformat(list(range(40)), width=30, compact=True))
print(pprint.pformat({'k' * i: list(range(i)) for i in range(8)}, indent=3, width=50))
print(pprint.pformat(('a' * 30, 'b' * 30, ('c' * 20, 'd' * 20)), width=40))
print(pprint.pformat('a long string with several words in it ' * 4, width=30))
print(pprint.pformat(b'bytes value that is quite long indeed ' * 3, width=30))
