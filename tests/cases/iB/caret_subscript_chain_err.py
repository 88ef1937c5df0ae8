data = {"a": [1, 2, {"b": None}]}
x = data["a"][2]["b"]["c"]
