def work():
    raise ExceptionGroup("batch", [ValueError("a"), TypeError("b"), ValueError("c")])
try:
    work()
except* ValueError as eg:
    print("handled", [str(e) for e in eg.exceptions])
