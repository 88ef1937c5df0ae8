import warnings
x = "a\d"
print(x)
if x is "a\\d":
    print("same")
y = 5
print(y is 5)
def f():
    return "\w"
print(f())
code = compile("z = '\\q'\nz is 1\n", "gen.py", "exec")
exec(code)
