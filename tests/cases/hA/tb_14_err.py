x = {"key": [None]}
print(x["key"][0].attr.other)
