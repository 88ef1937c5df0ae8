raise ExceptionGroup("group", [ValueError("a"), TypeError("b")])
