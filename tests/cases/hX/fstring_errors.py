srcs = [r"f'{a\n}'", "f'{a#}'", "f'{\"a\"}'", "f'{'a'}'", "f'{x!r }'", "f'{x! r}'", "f'{x =}'", "f'{ x = }'", "f'{x:=5}'", "f'{(x:=5)}'",
        "f'{x:{y!r}}'", "f'{x:{{}}}'", "f'{}'", "f'{ }'", "f'{x}}'", "f'{{x}'", "f'{x!a}'", "f'{x!ascii}'", "f'{x:}'", "f'{x!r:}'",
        "ub''", "bu''", "fb''", "bf''", "rr''", "uf''", "f'{yield}'", "f'{*x}'", "f'{*x,}'", "f'{x,}'", "f'{x, y}'", "f'{lambda:1}'", "f'{(lambda:1)()}'",
        "f'{x:{y:{z}}}'", "f'''{\nx\n}'''", "f'{x\n}'", "f'{x!}'", "f'{x:abc{'", "f'{\"\"\"a\"\"\"}'", "f'{x}' f'{'", "f'{x!s:>{y}}'",
        "f'{3.14:.1f}'", "f'{1_000:_}'", "f'{a[\"k\"]}'", "f'{d[k]}'", "f'{ {1: 2}[1] }'", "f'{{}}{1}{{'", "f'{...}'", "f'{None!r}'",
        "f'{x = !r}'", "f'{x=:>5}'", "f'{x==y}'", "f'{x!=y}'", "f'{x<=y}'", "f'{x>=y=}'", "f'{(x:=1)=}'", "f'{not x}'", "f'{1 if x else 2}'"]
env = {'x': 1, 'y': 2, 'z': 3, 'a': 'A', 'd': {'kk': 1}, 'k': 'kk'}
for s in srcs:
    try:
        print(repr(s), repr(eval(s, dict(env))))
    except SyntaxError as e:
        print(repr(s), 'SyntaxError', e.msg, e.offset)
    except Exception as e:
        print(repr(s), type(e).__name__, e)
