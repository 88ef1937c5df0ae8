def m(v):
    match v:
        case [x]:
            return f'one {x}'
        case [x, y] if x == y:
            return f'pair of same {x}'
        case [x, y]:
            return f'pair {x} {y}'
        case [first, *rest]:
            return f'first {first} rest {rest}'
        case (x, y) as whole:
            return 'unreachable'
        case other:
            return f'other {other!r}'
for v in [[1], [2, 2], [1, 2], (1, 2), [1, 2, 3], 'str', 5, [], ()]:
    print(repr(v), m(v))
match 5:
    case n:
        print('bound', n)
match [1, [2, 3]]:
    case [a, [b, c] as inner]:
        print(a, b, c, inner)
match (1, 2, 3, 4, 5):
    case [a, *_, b]:
        print('ends', a, b)
match [1, 2, 3]:
    case [*_, 3]:
        print('ends with 3')
match [1, 2, 3, 4]:
    case [_, *mid, _]:
        print('mid', mid)
match 'abc':
    case [*_]:
        print('str is not a sequence pattern')
    case str() as s:
        print('str', s)
match range(3):
    case [0, 1, 2]:
        print('range matches')
