import json, random
random.seed(21)
def rv(d=0):
    r = random.random()
    if d < 3 and r < 0.2: return [rv(d + 1) for _ in range(random.randint(0, 3))]
    if d < 3 and r < 0.4: return {random.choice(['a', 'b', 'key', 'é', '', '1', 'x y']): rv(d + 1) for _ in range(random.randint(0, 3))}
    if r < 0.5: return random.randint(-10**6, 10**6)
    if r < 0.6: return random.choice([0.1, -2.5, 1e100, 1e-7, 3.0, 123456789.123, float('inf'), float('nan'), -0.0, 2**70])
    if r < 0.7: return random.choice([True, False, None])
    if r < 0.8: return (1, 'tuple')
    return random.choice(['s', '', 'quote"', 'back\\slash', 'nl\n', 'tab\t', 'uni\u00e9\u4e2d', '\x00\x1f', 'emoji😀', '</script>'])
for i in range(300):
    v = rv()
    kw = {}
    if random.random() < 0.4: kw['indent'] = random.choice([0, 1, 2, 4, '\t', '--', None])
    if random.random() < 0.3: kw['sort_keys'] = True
    if random.random() < 0.3: kw['separators'] = random.choice([(',', ':'), (', ', ': '), (';', '='), (' ,', ' : ')])
    if random.random() < 0.3: kw['ensure_ascii'] = False
    if random.random() < 0.1: kw['allow_nan'] = False
    try:
        s = json.dumps(v, **kw)
        print(i, kw, s)
        back = json.loads(s)
        print(' back', repr(back)[:200])
    except Exception as e:
        print(i, kw, type(e).__name__, e)
bad_bits = ['{', '}', '[', ']', ',', ':', '"', '\\', 'tru', 'nul', '1.', '-', 'e5', ' ', '\n', 'x', '01', '"\\u12"', '"\\q"', 'NaN', '-Infinity', '\t', '1e', '0x1']
for i in range(300):
    s = json.dumps(rv(), indent=random.choice([None, 1]))
    k = random.randint(0, 2)
    for _ in range(k + 1):
        p = random.randint(0, len(s))
        if random.random() < 0.5:
            s = s[:p] + random.choice(bad_bits) + s[p:]
        else:
            s = s[:p] + s[p + 1:]
    try:
        print('L', repr(s)[:120], repr(json.loads(s))[:120])
    except json.JSONDecodeError as e:
        print('L', repr(s)[:120], 'ERR', e.msg, e.pos, e.lineno, e.colno)
    except Exception as e:
        print('L', repr(s)[:120], type(e).__name__, e)
