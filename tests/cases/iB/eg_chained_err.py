try:
    raise ExceptionGroup("first", [KeyError("k"), IndexError(2)])
except* KeyError as e:
    raise RuntimeError("handler failed") from e
