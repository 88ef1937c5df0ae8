class Box:
    def __init__(self, items): self.items = items
    def get(self, i):
        return self.items[i]
def compute(data, key):
    total = sum(x for x in data)
    return data[key] + total * Box([1]).get(5)
def level2(d):
    vals = [compute(d, k) for k in range(1)]
    return vals
f = lambda d: level2(d)
print("start")
result = {"a": f}["a"]([1, 2,
                        3])
