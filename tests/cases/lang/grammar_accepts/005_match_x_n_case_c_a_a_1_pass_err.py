match x:
    case C(a, a=1): pass
