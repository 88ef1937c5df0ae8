for a in (7, -7, 0, 1, -1, 2**70, -2**70):
    for b in (3, -3, 1, -1, 2**65, -2**65):
        print(a, b, a // b, a % b, divmod(a, b))
for a, b in ((7, 0), (0, 0), (2**70, 0)):
    for op in ("//", "%", "divmod"):
        try:
            if op == "//": a // b
            elif op == "%": a % b
            else: divmod(a, b)
        except ZeroDivisionError as e:
            print(op, type(e).__name__, e)
print(-9223372036854775808 // -1, -9223372036854775808 % -1)
print(divmod(-9223372036854775808, -1))
