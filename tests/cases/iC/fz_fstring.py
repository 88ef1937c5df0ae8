import random
random.seed(61)
vals = [0, -7, 3.14159, 2**40, 'txt', 'é', None, [1, 'a'], (1,), {'k': 1}, True, 1e-7, float('inf'), 1 + 2j]
specs = ['', '>8', '<8', '^9', '*^9', '08.3f', '+.2e', ',', '_', '.3', '.3s', 'x', '#x', '%', '.1%', 'g', '=+10', ' ', 'c', 'n', 'd', 'b', 'o', 'E', '010', '#o']
for i in range(800):
    x = random.choice(vals)
    spec = random.choice(specs)
    conv = random.choice(['', '!r', '!s', '!a'])
    w = random.randint(0, 12)
    p = random.randint(0, 5)
    try:
        k = random.random()
        if k < 0.25:
            r = eval("f'{x%s:%s}'" % (conv, spec))
        elif k < 0.5:
            r = eval("f'{x=%s:%s}'" % (conv, spec)) if spec or conv else f'{x=}'
        elif k < 0.7:
            r = f'{x!r:>{w}}|{x!s:<{w}.{p}}|'
        elif k < 0.85:
            r = f'{x = }|{x=!s}|{x =!r:>{w}}|'
        else:
            r = eval("f'{x:{spec}}'")
        print(i, repr(spec), conv, repr(r))
    except Exception as e:
        print(i, repr(spec), conv, type(e).__name__, e)
y = 5
print(f'{y+1=}', f'{y * 2 = }', f'{"a" "b"=}', f'{y!r:{"^"}{10}}', f'{{y}}', f'{y:{{}}>5}' if False else '', f'{[y, y]=}', f'{y=:{y}}', f'{(lambda: 3)()=}')
for bad in ["f'{y!z}'", "f'{y:{y:{y}}}'", "f'{}'", "f'{y=!}'"]:
    try:
        print(eval(bad))
    except SyntaxError as e:
        print('SyntaxError', e.msg)
    except Exception as e:
        print(type(e).__name__, e)
