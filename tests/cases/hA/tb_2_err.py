data = {"a": [1, 2, {"b": None}]}
def get(d):
    return d["a"][2]["b"]["c"]
vals = [lambda: get(data)]
result = [f() for f in vals]
