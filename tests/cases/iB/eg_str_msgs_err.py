tests = [
    lambda: ExceptionGroup("x", []),
    lambda: ExceptionGroup("x", [1]),
    lambda: ExceptionGroup(1, [ValueError()]),
    lambda: ExceptionGroup("x", ValueError()),
    lambda: ExceptionGroup("x", [KeyboardInterrupt()]),
    lambda: ExceptionGroup("x"),
    lambda: BaseExceptionGroup("x", [ValueError()]),
]
for t in tests:
    try:
        r = t()
        print("ok", type(r).__name__, repr(r))
    except Exception as e:
        print(type(e).__name__, e)
eg = ExceptionGroup("one", [ValueError("a")])
print(str(eg), repr(eg))
eg2 = ExceptionGroup("two", [ValueError("a"), KeyError("b")])
print(str(eg2), eg2.message)
raise eg2
