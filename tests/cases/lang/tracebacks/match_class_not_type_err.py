x = 1
match x:
    case len():
        pass
