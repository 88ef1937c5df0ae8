def f():
    try:
        {}["x"]
    except KeyError as e:
        raise ValueError("v") from e
f()
