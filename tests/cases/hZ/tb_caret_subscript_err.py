config = {"servers": [{"name": "a", "ports": [80]}]}
print(config["servers"][0]["ports"][0])
print(config["servers"][0]["ports"][3])
