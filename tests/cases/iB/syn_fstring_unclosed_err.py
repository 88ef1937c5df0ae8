print(f"{x=!r:>{10}")
