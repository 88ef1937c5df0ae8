for v in [1, 1.5, "s", [], (), {}, None, object(), 1j, b"x", range(1), True]:
    for spec in [None, 5, b"", "x"]:
        try:
            print(repr(type(v).__format__(v, spec)))
        except Exception as e:
            print(type(e).__name__, e)
