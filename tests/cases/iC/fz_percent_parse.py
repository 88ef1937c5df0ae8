import random
random.seed(89)
alphabet = ['%', '%', '%', '(', ')', 'a', 'k', '*', '.', '-', '+', ' ', '#', '0', '5', '1', 'd', 's', 'r', 'x', 'f', 'c', 'l', 'h', 'L', '%%', 'é']
for i in range(3000):
    s = ''.join(random.choice(alphabet) for _ in range(random.randint(1, 7)))
    args = random.choice([(), (1,), (1, 2), ('a', 'b', 3), {'a': 1, 'k': 'v'}, 7, 'str', [1], (3.5, 2, 'z', 65)])
    try:
        r = s % args
        print(i, repr(s), repr(args), repr(r))
    except Exception as e:
        print(i, repr(s), repr(args), type(e).__name__, e)
    if i % 3 == 0:
        b = s.replace('é', 'e').encode()
        try:
            print(i, 'b', repr(b % (tuple(x.encode() if isinstance(x, str) else x for x in args) if isinstance(args, tuple) else args)))
        except Exception as e:
            print(i, 'b', type(e).__name__, e)
