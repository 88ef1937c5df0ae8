try:
    raise ExceptionGroup("g", [ValueError(1), OSError(2)])
except* ValueError:
    raise KeyError("from handler")
except* OSError:
    raise IndexError("second handler")
