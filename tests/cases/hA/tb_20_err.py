values = ["1", "2", "three", "4"]
total = sum(int(v) for v in values)
