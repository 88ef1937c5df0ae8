def build(keys):
    return {k: len(k) for k in keys}
print(build(["a", "bb", 3]))
