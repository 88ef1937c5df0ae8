match x:
    case 1 | 2 as y if y > 1: pass
