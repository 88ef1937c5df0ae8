data = {"users": [{"name": "a", "age": 3}, {"name": "b"}]}
ages = {u["name"]: u["age"] for u in data["users"]}
