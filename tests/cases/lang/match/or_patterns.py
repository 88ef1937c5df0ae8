def m(v):
    match v:
        case [x, 1] | [1, x]:
            return f'x={x}'
        case (0 | 1) as bit:
            return f'bit {bit}'
        case {'a': x} | {'b': x}:
            return f'key x={x}'
        case [a, b] | [b, a, _]:
            return f'a={a} b={b}'
        case str() | bytes():
            return 'text'
        case _:
            return 'none'
for v in [[5, 1], [1, 7], 0, 1, {'a': 3}, {'b': 4}, [2, 3], [4, 5, 6], 'x', b'y', 9]:
    print(repr(v), m(v))
match 3:
    case 1 | 2 | 3 if False:
        print('guarded out')
    case 1 | 2 | 3:
        print('three')
