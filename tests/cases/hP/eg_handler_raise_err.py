try:
    raise ExceptionGroup("first", [ValueError(1), TypeError(2)])
except* ValueError:
    raise RuntimeError("in handler")
except* TypeError as g:
    1 / 0
