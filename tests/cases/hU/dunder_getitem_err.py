class Table:
    def __init__(self):
        self.rows = {"a": 1}
    def __getitem__(self, key):
        return self.rows[key.lower()]
t = Table()
print(t["A"])
value = t["A"] + t[5]
