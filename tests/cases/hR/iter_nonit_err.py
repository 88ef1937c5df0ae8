class Box:
    def __init__(self, items):
        self.items = items
    def __iter__(self):
        return self.items
b = Box([1, 2])
print(len(b.items))
for x in b:
    print(x)
