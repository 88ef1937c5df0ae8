def show(label, fn):
    try:
        fn()
        print(label, "no exception")
    except BaseException as e:
        print(label, type(e).__name__, repr(e), [repr(x) for x in getattr(e, "exceptions", [])])
def t1():
    try:
        raise ValueError("plain")
    except* ValueError as eg:
        print("t1 caught", repr(eg), type(eg).__name__)
def t2():
    try:
        raise ExceptionGroup("g", [ValueError(1), TypeError(2), ValueError(3)])
    except* ValueError as eg:
        print("t2 values", [str(e) for e in eg.exceptions])
def t3():
    try:
        raise ExceptionGroup("g", [ValueError(1)])
    except* ValueError:
        raise KeyError("raised in handler")
def t4():
    try:
        raise ExceptionGroup("g", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise
def t5():
    try:
        raise BaseExceptionGroup("bg", [KeyboardInterrupt(), ValueError(1)])
    except* ValueError:
        print("t5 value part")
def t6():
    try:
        raise ExceptionGroup("g", [ExceptionGroup("nested", [ValueError("deep")]), TypeError("t")])
    except* ValueError as eg:
        print("t6", repr(eg))
    except* TypeError as eg:
        print("t6 types", repr(eg))
def t7():
    eg = ExceptionGroup("msg", [ValueError(1), ValueError(2)])
    print(eg.message, eg.args[0], len(eg.exceptions), str(eg), eg.derive([KeyError()]).message)
    try: ExceptionGroup("x", [])
    except ValueError as e: print("ValueError", e)
    try: ExceptionGroup("x", [1])
    except ValueError as e: print("ValueError", e)
    try: ExceptionGroup(1, [ValueError()])
    except TypeError as e: print("TypeError", e)
    try: ExceptionGroup("x", [KeyboardInterrupt()])
    except TypeError as e: print("TypeError", e)
    print(type(BaseExceptionGroup("x", [ValueError()])).__name__, type(BaseExceptionGroup("x", [KeyboardInterrupt()])).__name__)
def t8():
    try:
        raise ExceptionGroup("g", [OSError(2, "nf"), ValueError()])
    except* FileNotFoundError:
        print("never")
    except* OSError as eg:
        print("t8 oserror", repr(eg.exceptions[0]))
    except* ValueError:
        print("t8 value")
def t9():
    try:
        raise TypeError("plain type")
    except* ValueError:
        print("not matched")
def t10():
    for i in range(2):
        try:
            raise ExceptionGroup("g", [ValueError(i)])
        except* ValueError:
            print("t10 iteration", i)
            continue
def t11():
    eg = ExceptionGroup("g", [ValueError(1), TypeError(2), ValueError(3)])
    match, rest = eg.split(lambda e: isinstance(e, ValueError) and e.args[0] > 1)
    print(repr(match), repr(rest))
    print(eg.subgroup(lambda e: False), eg.subgroup(lambda e: True) is eg)
for i in range(1, 12):
    show(f"t{i}", globals()[f"t{i}"])
