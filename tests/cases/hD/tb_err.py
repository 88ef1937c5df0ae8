import traceback

def level3(d):
    return d["key"]["inner"] + 1

def level2(x):
    data = {"key": {"inner": x}}
    return level3(data)

def level1(vals):
    return [level2(v) for v in vals]

try:
    level1([1, 2, "three"])
except TypeError:
    traceback.print_exc()
    print("---")
    import sys
    print(traceback.format_exc().splitlines()[-1])

def chained():
    try:
        {}["missing"]
    except KeyError as e:
        raise RuntimeError("lookup failed") from e

try:
    chained()
except RuntimeError as e:
    print("".join(traceback.format_exception(e)))

def ctx():
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("bad value")
try:
    ctx()
except ValueError as e:
    print("".join(traceback.format_exception_only(type(e), e)), end="")
    print(repr(e.__context__), e.__cause__, e.__suppress_context__)

class Config:
    def __init__(self):
        self.values = {"a": [1, 2, 3]}
    def get(self, key, idx):
        return self.values[key][idx]

cfg = Config()
print(cfg.get("a", 1))
result = (cfg.get("a", 0) +
          cfg.get("a", 5))
