def m(v):
    match v:
        case 0:
            return 'zero'
        case 1 | 2 | 3:
            return 'small'
        case -1:
            return 'minus one'
        case 1.5:
            return 'float'
        case 2j:
            return 'imag'
        case 1+2j:
            return 'complex'
        case -3-4j:
            return 'neg complex'
        case 'text' | "other":
            return 'string'
        case b'bytes':
            return 'bytes'
        case 'a' 'b':
            return 'concat'
        case None:
            return 'none'
        case True:
            return 'true'
        case False:
            return 'false'
        case _:
            return 'default'
for v in [0, 1, 3, -1, 1.5, 2j, 1+2j, -3-4j, 'text', 'other', b'bytes', 'ab', None, True, False, 99, 0.0, 1.0]:
    print(repr(v), m(v))
