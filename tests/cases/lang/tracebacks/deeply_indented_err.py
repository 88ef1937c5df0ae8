if 1:
    if 1:
        if 1:
            x = [][0]
