import warnings
compile("x is 1", "<c>", "exec")
exec("y = 2\nprint(y is 2)")
def f():
    return eval("[1](2) if False else 3")
print(f())
with warnings.catch_warnings():
    warnings.simplefilter("error")
    try:
        compile("z = 1\nassert (z, 'm')", "<c2>", "exec")
    except SyntaxError as e:
        print(repr(e), e.args, e.end_lineno, e.end_offset)
    try:
        compile("x = 1\nx is 'a'", "fake.py", "exec")
    except SyntaxError as e:
        print(repr(e))
compile("x is 1", "<c>", "exec")
warnings.simplefilter("ignore")
compile("x is 1", "<c>", "exec")
print("done")
