match x:
    case a.b: pass
    case c: pass
    case d: pass
