a, b = 1, 0
print(a / b)
