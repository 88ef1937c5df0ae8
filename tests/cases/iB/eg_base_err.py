try:
    raise BaseExceptionGroup("base", [KeyboardInterrupt(), ValueError("x")])
except BaseExceptionGroup as e:
    print(type(e).__name__, e, e.exceptions)
    print(repr(e.subgroup(ValueError)))
    m, r = e.split(KeyboardInterrupt)
    print(repr(m), repr(r))
raise BaseExceptionGroup("base", [KeyboardInterrupt(), SystemExit(3)])
