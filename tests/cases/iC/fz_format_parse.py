import random, string
random.seed(85)
alphabet = ['{', '}', '{', '}', '[', ']', '!', ':', '.', '0', '1', 'a', 'r', 's', '>', '5', ' ', 'x', '{}', '{0}', '{a}']
class A:
    x = 'AX'
    def __repr__(self):
        return 'A()'
    def __format__(self, spec):
        return 'A<' + spec + '>'
    def __getitem__(self, k):
        return 'item[%r]' % (k,)
fmt = string.Formatter()
for i in range(3000):
    s = ''.join(random.choice(alphabet) for _ in range(random.randint(1, 8)))
    try:
        r = s.format('p0', 'p1', a=A(), x=12)
        print(i, repr(s), repr(r))
    except Exception as e:
        print(i, repr(s), type(e).__name__, e)
    if i % 5 == 0:
        try:
            print(i, 'parse', list(fmt.parse(s)))
        except Exception as e:
            print(i, 'parse', type(e).__name__, e)
        try:
            print(i, 'vformat', repr(fmt.vformat(s, ('p0', 'p1'), {'a': A(), 'x': 12})))
        except Exception as e:
            print(i, 'vformat', type(e).__name__, e)
