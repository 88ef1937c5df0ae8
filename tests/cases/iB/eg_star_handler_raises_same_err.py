try:
    raise ExceptionGroup("g", [ValueError("a"), TypeError("b")])
except* ValueError as eg:
    raise eg
except* TypeError as eg:
    raise eg.exceptions[0]
