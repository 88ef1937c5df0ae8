import json
def parse(s):
    return json.loads(s)
print(parse('{"a": [1, 2.5, null, true]}'))
values = list(map(int, "1 2 3".split()))
print(values)
x = values[0] / (values[1] - 2)
