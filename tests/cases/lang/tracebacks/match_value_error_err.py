x = 1
match x:
    case {"a": 1}:
        pass
    case int(y) if y / 0:
        pass
