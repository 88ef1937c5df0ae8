import tomllib
doc = '''
title = "TOML Example"
num = 42
neg = -17
flt = 3.14
exp = 1e3
big = 1_000_000
hex = 0xDEAD
bool = true
date = 1979-05-27
dt = 1979-05-27T07:32:00Z
arr = [1, 2, 3]
nested = [[1, 2], ["a", "b"]]
inline = { x = 1, y = "two" }
multi = """
line1
line2"""
literal = 'C:\\path'

[owner]
name = "Tom"

[servers.alpha]
ip = "10.0.0.1"

[[products]]
name = "Hammer"

[[products]]
name = "Nail"
sku = 284758393
'''
data = tomllib.loads(doc)
for k, v in data.items():
    print(k, repr(v))
for bad in ("a = ", "a = 1\na = 2", "[t]\n[t]", "x = [1,", "k = 'unterminated"):
    try:
        tomllib.loads(bad)
    except tomllib.TOMLDecodeError as e:
        print("TOMLDecodeError", e)
print(tomllib.loads("v = 1.5", parse_float=str), tomllib.loads(""))
