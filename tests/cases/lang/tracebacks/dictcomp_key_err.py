print({x["k"]: 1 for x in [{}]})
