exprs = ["2 ** 10", "len('abc')", "[1, 2][1]"]
for e in exprs:
    print(e, '=', eval(e))
print(eval("undefined_thing + 1"))
