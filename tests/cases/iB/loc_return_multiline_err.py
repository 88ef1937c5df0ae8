def f(d):
    return (
        d["a"],
        d["b"],
    )
f({"a": 1})
