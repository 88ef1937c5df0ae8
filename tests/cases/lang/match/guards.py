calls = []
def check(v, tag):
    calls.append(tag)
    return v
def m(x):
    match x:
        case n if check(n > 10, 'big'):
            return 'big'
        case n if check(n < 0, 'neg'):
            return 'neg'
        case [a, b] if check(a == b, 'pair'):
            return 'same pair'
        case _ if check(True, 'default'):
            return 'default'
for v in [20, -5, 5, [1, 1]]:
    calls.clear()
    print(m(v), calls)
match 1:
    case _ if False:
        print('no')
    case _:
        print('second default')
x = 10
match x:
    case y if (z := y * 2) > 15:
        print('walrus in guard', y, z)
