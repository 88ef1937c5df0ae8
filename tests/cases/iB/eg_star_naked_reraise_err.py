try:
    raise ValueError("naked one")
except* ValueError as eg:
    print(repr(eg), eg.exceptions[0].__traceback__ is not None)
    raise
