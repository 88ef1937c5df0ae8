import random, re
random.seed(7)
atoms = ['a', 'b', 'c', '.', r'\d', r'\w', r'\s', r'\b', '[ab]', '[^a]', '[a-c]', 'x', '^', '$', r'\W', '(?:ab)', 'A', '[A-Za-z]']
def gen(depth=0):
    n = random.randint(1, 4)
    parts = []
    for _ in range(n):
        r = random.random()
        if r < 0.15 and depth < 3:
            inner = gen(depth + 1)
            kind = random.choice(['(%s)', '(?:%s)', '(?P<g%d>%%s)' % random.randint(0, 99), '(?=%s)', '(?!%s)', '(?<=a)', '(%s|%s)'])
            if kind.count('%s') == 2: parts.append(kind % (inner, gen(depth + 1)))
            elif '%s' in kind: parts.append(kind % inner)
            else: parts.append(kind)
        else:
            parts.append(random.choice(atoms))
        if random.random() < 0.35:
            parts[-1] += random.choice(['*', '+', '?', '*?', '+?', '??', '{2}', '{1,3}', '{,2}', '{2,}?'])
    return ''.join(parts)
subjects = ['', 'a', 'ab', 'abc', 'aab bba', 'x1 y22 z', 'AbC abc', 'a\nb\nc', '  a  ', 'cab cab', 'baaab', '12ab34', 'é a_b']
for i in range(600):
    p = gen()
    if '(?P<g' in p and len(set(re.findall(r'\(\?P<(g\d+)>', p))) != len(re.findall(r'\(\?P<(g\d+)>', p)):
        continue
    flags = random.choice([0, re.I, re.M, re.S, re.I | re.M])
    try:
        c = re.compile(p, flags)
    except re.error as e:
        print(repr(p), 'error', e); continue
    s = random.choice(subjects)
    try:
        m = c.search(s)
        print(repr(p), flags, repr(s), m and (m.span(), m.groups()), c.findall(s), c.sub('<\\g<0>>', s), c.split(s, 2), [x.span() for x in c.finditer(s)], c.fullmatch(s) is not None)
    except Exception as e:
        print(repr(p), 'EXC', type(e).__name__, e)
