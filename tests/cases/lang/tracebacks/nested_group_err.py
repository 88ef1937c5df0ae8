raise ExceptionGroup("outer", [ValueError("a"), ExceptionGroup("inner", [KeyError("k")])])
