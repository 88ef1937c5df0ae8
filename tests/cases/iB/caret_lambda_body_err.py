f = lambda x: x + 1 if x else x.missing
print(f(1))
f(0)
