import random
rng = random.Random(99)
alpha = ['0', '1', '7', '9', 'a', 'f', 'x', 'X', 'b', 'B', 'o', 'O', '_', '-', '+', ' ', '.', 'e', 'E', 'j', 'J', 'inf', 'nan', '(', ')', '\t', '٣', 'z']
for i in range(2500):
    s = ''.join(rng.choice(alpha) for _ in range(rng.randint(0, 6)))
    out = []
    for base in (0, 2, 8, 10, 16, 36):
        try:
            out.append(str(int(s, base)))
        except ValueError as e:
            out.append('E')
    try:
        out.append(repr(float(s)))
    except ValueError as e:
        out.append('E:' + str(e)[:50])
    try:
        out.append(repr(complex(s)))
    except ValueError as e:
        out.append('E:' + str(e))
    try:
        int(s, 16)
    except ValueError as e:
        out.append(str(e))
    print(repr(s), ' '.join(out))
