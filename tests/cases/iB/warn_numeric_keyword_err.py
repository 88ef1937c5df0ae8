x = 1if True else 2
print(x)
print(1or 2)
print(1in [1])
print([0x1for x in (1,)])
print(0o7and 1)
print(1.5if 1 else 0)
print(1_0is 10)
