def f():
    raise ExceptionGroup("mixed", [ValueError("v"), TypeError("t"), ExceptionGroup("inner", [KeyError("k"), ValueError("v2")])])
try:
    f()
except* ValueError as eg:
    print("caught", repr(eg))
except* KeyError as eg:
    print("caught", repr(eg))
