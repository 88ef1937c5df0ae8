getattr(1, "nope")
