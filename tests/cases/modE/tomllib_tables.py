import tomllib
import io
import os
import tempfile

doc = '''
[[products]]
name = "Hammer"
sku = 738594937

[[products]]  # empty table within the array

[[products]]
name = "Nail"
sku = 284758393
color = "gray"

[[fruits]]
name = "apple"

[fruits.physical]  # subtable
color = "red"
shape = "round"

[[fruits.varieties]]  # nested array of tables
name = "red delicious"

[[fruits.varieties]]
name = "granny smith"

[[fruits]]
name = "banana"

[[fruits.varieties]]
name = "plantain"

[ x . y . z ]
w = 1
[x]
v = 2

[fruit]
apple.color = "red"
apple.taste.sweet = true

[fruit.apple.texture]
smooth = true

[dog."tater.man"]
type.name = "pug"

[a.b]
c = 1
[a]
d = 2
'''
d = tomllib.loads(doc)
print(d)
print(sorted(d))
path = os.path.join(tempfile.mkdtemp(), "c.toml")
with open(path, "wb") as f:
    f.write(b'name = "caf\xc3\xa9"\n[t]\nk = [1, 2]\n')
with open(path, "rb") as f:
    print(tomllib.load(f))
print(tomllib.load(io.BytesIO(b"a = 1.5"), parse_float=str))
try:
    with open(path) as f:
        tomllib.load(f)
except TypeError as e:
    print("TypeError", e)
for bad in (b"a=1", None, 3):
    try:
        tomllib.loads(bad)
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
print(issubclass(tomllib.TOMLDecodeError, ValueError), tomllib.TOMLDecodeError.__module__)
