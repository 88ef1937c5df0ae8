a = [1, "x"]
print(a[0] < a[1] if False else 0)
result = a[0] < a[1]
