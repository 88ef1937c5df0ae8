import random
random.seed(73)
atoms = ['0', '1', '2', '3', '-1', '7', '2.5', '0.5', '-0.0', '1e300', '10**20', 'True', 'False', '1j', '(2+3j)', "'ab'", "b'x'", '[1, 2]', '(1,)', 'None', 'x', 'y', '0x10', '0o7', '0b11', '1_000', '.5', '5.', '1e-3']
binops = ['+', '-', '*', '/', '//', '%', '**', '<<', '>>', '&', '|', '^', '<', '<=', '==', '!=', '>', 'and', 'or', 'in', 'not in']
unops = ['-', '+', '~', 'not ']
def gen(d):
    if d <= 0 or random.random() < 0.3:
        return random.choice(atoms)
    k = random.random()
    if k < 0.6:
        return '(%s %s %s)' % (gen(d - 1), random.choice(binops), gen(d - 1))
    if k < 0.7:
        return '%s%s' % (random.choice(unops), gen(d - 1))
    if k < 0.8:
        return '(%s if %s else %s)' % (gen(d - 1), gen(d - 1), gen(d - 1))
    if k < 0.9:
        return '%s %s %s %s %s' % (gen(d - 1), random.choice(['<', '<=', '==']), gen(d - 1), random.choice(['<', '!=', '>']), gen(d - 1))
    return '[%s, %s][%s]' % (gen(d - 1), gen(d - 1), random.choice(['0', '1', '-1', '2', 'True']))
x = 6
y = -4
for i in range(1500):
    src = gen(random.randint(1, 4))
    if '**' in src and ('10**20' in src or '1e300' in src):
        src = src.replace('**', '*')
    if src.count('**') > 1 or ('<<' in src and src.count('<<') > 1):
        continue
    try:
        r = eval(src)
        out = repr(r)
        if len(out) > 200:
            out = out[:200] + '...'
        print(i, src, '->', out)
    except Exception as e:
        print(i, src, '->', type(e).__name__, e)
