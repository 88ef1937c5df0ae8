import tomllib
from decimal import Decimal

doc = r'''
# This is a TOML document
title = "TOML Example"
"quoted key" = 'literal \n no escape'
'single' = "esc: \t \" \\ \u00e9 \U0001F600 \b\f\r\n end"
bare-key_1 = 1
1234 = "numeric key"
a.b.c = "dotted"
a . d = "spaced dots"
"x.y".z = 3

[owner]
name = "Tom Preston-Werner"
dob = 1979-05-27T07:32:00-08:00

[database]
enabled = true
disabled = false
ports = [ 8000, 8001, 8002 ]
data = [ ["delta", "phi"], [3.14] ]
temp_targets = { cpu = 79.5, case = 72.0 }
empty_arr = []
empty_tab = {}
nested = { a = { b = { c = 1 } }, d.e = 2 }
multi_line_arr = [
  1,  # one
  2,
  # comment line
  3,
]

[servers]

[servers.alpha]
ip = "10.0.0.1"
role = "frontend"

[servers.beta]
ip = "10.0.0.2"
role = "backend"

[numbers]
int1 = +99
int2 = 42
int3 = 0
int4 = -17
int5 = 1_000
int6 = 5_349_221
hex1 = 0xDEADBEEF
hex2 = 0xdead_beef
oct1 = 0o01234567
oct2 = 0o755
bin1 = 0b11010110
flt1 = +1.0
flt2 = 3.1415
flt3 = -0.01
flt4 = 5e+22
flt5 = 1e06
flt6 = -2E-2
flt7 = 6.626e-34
flt8 = 224_617.445_991_228
sf1 = inf
sf2 = +inf
sf3 = -inf
big = 9223372036854775807
neg0 = -0
negf0 = -0.0
'''
d = tomllib.loads(doc)
for k, v in d.items():
    print(repr(k), "=", repr(v))
nan = tomllib.loads("a = nan\nb = +nan\nc = -nan")
print({k: (type(v).__name__, v != v) for k, v in nan.items()})
dec = tomllib.loads("a = 1.5\nb = inf\nc = 2\nd = [0.1, 1e3]", parse_float=Decimal)
print(dec)
print(tomllib.loads(""), tomllib.loads("\n\n# only comment\n"), tomllib.loads("a=1\r\nb=2\r\n"))
print(tomllib.loads("a = 'x' # trailing\n\tb=2  \t\n"))
print(tomllib.loads('a = true\nb = false\n'))
def bad_float(s):
    return [s]
try:
    tomllib.loads("a = 1.0", parse_float=bad_float)
except ValueError as e:
    print("ValueError", e)
print(tomllib.loads("a = 1.0", parse_float=str))
