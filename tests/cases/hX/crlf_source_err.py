s = """line1
line2
"""
print(repr(s))
x = 1 + \
    2
print(x)
t = "a\
b"
print(repr(t))
r = r"""raw
line"""
print(repr(r))
b = b"""by
te"""
print(repr(b))
f = f"""{x}
{s!r}"""
print(repr(f))
def g():
    return 1/0
g()
