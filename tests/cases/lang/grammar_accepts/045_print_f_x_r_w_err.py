print(f"{x!r:>{w}}")
