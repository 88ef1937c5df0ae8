import random
random.seed(12)
def rs():
    return ''.join(random.choice('abcé€𝄞') for _ in range(random.randint(0, 10)))
def ri():
    return random.choice([None, random.randint(-15, 15), random.randint(-100, 100), 2**70, -2**70])
for i in range(2500):
    s = rs()
    sub = random.choice([rs()[:3], '', 'a', 'ab', 'é€', '𝄞'])
    m = random.choice(['find', 'rfind', 'index', 'rindex', 'count', 'startswith', 'endswith', 'in'])
    st = ri(); en = ri()
    nargs = random.randint(0, 2)
    args = (st, en)[:nargs]
    try:
        if m == 'in':
            r = sub in s
        elif m in ('startswith', 'endswith') and random.random() < 0.3:
            r = getattr(s, m)((sub, 'c', 'b'), *args)
        else:
            r = getattr(s, m)(sub, *args)
        print(i, m, repr(s), repr(sub), args, r)
    except Exception as e:
        print(i, m, repr(s), repr(sub), args, type(e).__name__, e)
for bad in [1, None, ['a'], ('a', 1)]:
    for m in ('find', 'count', 'startswith', 'index'):
        try:
            print(getattr('abc', m)(bad))
        except Exception as e:
            print(m, type(e).__name__, e)
try:
    'abc'.find('a', 'x')
except Exception as e:
    print(type(e).__name__, e)
try:
    'abc'.find('a', 1.5)
except Exception as e:
    print(type(e).__name__, e)
print('abc'.find('a', None, None), 'abc'.count('', 5), 'abc'.count('', 3), 'abc'.find('', 3), 'abc'.find('', 4), 'abc'.rfind('', -100))
