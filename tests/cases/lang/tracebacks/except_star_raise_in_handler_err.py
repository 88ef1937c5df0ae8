try:
    raise ExceptionGroup("g", [ValueError(1), KeyError(2)])
except* ValueError:
    raise TypeError("t")
