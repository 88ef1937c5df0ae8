import tomllib, io
doc = '''
# comment
title = "TOML \\u00e9 \\U0001F600 \\t tab"
lit = 'C:\\path\\n'
multi = """
line1 \\
   line2"""
mlit = \'\'\'
raw \\n text\'\'\'
int1 = +99
int2 = -17
int3 = 1_000
hex = 0xDEAD_beef
oct = 0o755
bin = 0b1101
flt = 6.626e-34
flt2 = -0.0
inf1 = inf
inf2 = -inf
nan1 = nan
b = true
odt = 1979-05-27T07:32:00Z
odt2 = 1979-05-27T00:32:00.999999-07:00
ldt = 1979-05-27T07:32:00
ld = 1979-05-27
lt = 07:32:00.5
odt3 = 1979-05-27 07:32:00Z
arr = [1, 2, 3,]
nested = [[1, 2], ["a", 'b'], [1.5, {x = 1}]]
inline = { name = "x", point = { x = 1, y = 2 } }
"quoted key" = 1
a.b.c = 2
a.d = 3
[table]
key = "v"
[table.sub]
k2 = 5
[[fruits]]
name = "apple"
[[fruits.varieties]]
name = "red"
[[fruits]]
name = "banana"
'''
d = tomllib.loads(doc)
for k, v in d.items():
    print(k, repr(v))
print(tomllib.load(io.BytesIO(b"x = 1\n")))
from decimal import Decimal
print(tomllib.loads("x = 1.1\ny = 2", parse_float=Decimal))
bad = ["x = ", "x = 1\nx = 2", "[a]\n[a]", "x = [1,,2]", "x = 'abc", 'x = "\\q"', "x = 01", "x = 1__0", "x = {a = 1,}",
       "= 1", "x = 1 y = 2", "[t]\nx=1\n[t.x]", "x = 1979-13-01", "a.b = 1\na = 2", "x = tru", "x = 0x", "[[a]]\n[a]",
       "x = \"\"\"abc", "k = {a.b = 1, a.b = 2}", "x = 1.", "x = .5", "x = 1e", "\x00 = 1", "x = [1\n2]"]
for b in bad:
    try:
        print(tomllib.loads(b))
    except tomllib.TOMLDecodeError as e:
        print("TOMLDecodeError", e)
try:
    tomllib.loads(b"x = 1")
except Exception as e:
    print(type(e).__name__, e)
try:
    tomllib.load(io.StringIO("x = 1"))
except Exception as e:
    print(type(e).__name__, e)
try:
    tomllib.loads("x = 1", parse_float=lambda s: {})
except Exception as e:
    print(type(e).__name__, e)
print(tomllib.TOMLDecodeError.__mro__)
