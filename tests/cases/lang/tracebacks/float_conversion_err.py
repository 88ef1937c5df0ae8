float("x")
