import json
def load(s):
    return json.loads(s)
try:
    load("{bad json}")
except ValueError as e:
    print(type(e).__name__, e)
def f(a, /, b, *, c):
    return a + b + c
try:
    f(1, 2, 3)
except TypeError as e:
    print(e)
try:
    f(a=1, b=2, c=3)
except TypeError as e:
    print(e)
f(1, b=2)
