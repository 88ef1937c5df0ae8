d = {"a": {}}
print(d["a"]["b"])
