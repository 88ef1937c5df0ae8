sorted([1, 2], key=lambda x: x / 0)
