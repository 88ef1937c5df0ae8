def compute(values):
    total = values["a"] + values["b"] * 2
    return total / (values["c"] - values["c"])
compute({"a": 1, "b": 2, "c": 3})
