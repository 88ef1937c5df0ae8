x = 5
s = f"{x!z}"
