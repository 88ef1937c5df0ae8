class Key:
    def __init__(self, parts):
        self.parts = parts
    def __hash__(self):
        return hash(self.parts)
    def __eq__(self, other):
        return self.parts == other.parts
d = {Key((1, 2)): "ok"}
print(d[Key((1, 2))])
d[Key([1, 2])] = "bad"
