import random
random.seed(16)
vals = [0, 7, -7, 1234567, 3.5, -0.25, 1e10, 'abc', 'é', '', True, 2**64, None, (1, 2), [3], {'k': 'v'}]
for i in range(1500):
    v = random.choice(vals)
    spec = ''
    if random.random() < 0.3:
        spec += random.choice(['', '*', '0', '{']) + random.choice('<>=^')
    if random.random() < 0.3:
        spec += random.choice('+- ')
    if random.random() < 0.2:
        spec += '#'
    if random.random() < 0.2:
        spec += '0'
    if random.random() < 0.4:
        spec += str(random.randint(0, 12))
    if random.random() < 0.2:
        spec += random.choice(',_')
    if random.random() < 0.2:
        spec += '.' + str(random.randint(0, 6))
    if random.random() < 0.6:
        spec += random.choice('sdxXobcefgG%n')
    conv = random.choice(['', '', '!r', '!s', '!a'])
    f = '{0' + conv + ':' + spec + '}'
    try:
        print(i, repr(f), repr(v), repr(f.format(v)))
    except Exception as e:
        print(i, repr(f), repr(v), type(e).__name__, e)
class P:
    x = 5
    def __format__(self, spec):
        return 'P<' + spec + '>'
tests = ['{}', '{} {}', '{0} {0}', '{1}', '{} {1}', '{a}', '{a.x}', '{a[0]}', '{b[k]}', '{b[0]}', '{', '}', '{{}}', '{:{w}}', '{:{w}.{p}f}',
         '{0!x}', '{0!}', '{!r:>{w}}', '{0[}', '{0.}', '{a.y}', '{0:}', '{:>{w}}{:<{w}}', '{0:{1}}', '{c:x>{w}}', '{c!r}', '{0:%}',
         '{a:>5}', '{0.real}', '{c[0]}', '{c[-1]}', '{0[a]}', '{00}', '{0x}', '{ 0 }', '{w:{p}{p}}', '{:{:{}}}', '{:d}', '{:s}', '{:x}']
for t in tests:
    try:
        print(repr(t), repr(t.format(1.5, 2, a=P(), b={'k': 'v'}, c='xy', w=6, p=2)))
    except Exception as e:
        print(repr(t), type(e).__name__, e)
print(format(P(), 'abc'), '{:xyz}'.format(P()), f'{P():q}')
print('{a}'.format_map({'a': 5}))
class D(dict):
    def __missing__(self, k):
        return '<' + k + '>'
print('{a} {b}'.format_map(D(a=1)))
