def load(key):
    data = {"x": 1}
    try:
        return data[key]
    except KeyError as e:
        e.args = (f"no such key: {key}",)
        raise
load("y")
