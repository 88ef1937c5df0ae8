class Inventory:
    def __init__(self):
        self.items = {}
    def add(self, name, qty):
        self.items[name] = self.items.get(name, 0) + qty
    def take(self, name, qty):
        if self.items[name] < qty:
            raise ValueError(f"not enough {name!r}: have {self.items[name]}, want {qty}")
        self.items[name] -= qty

inv = Inventory()
inv.add('apple', 3)
try:
    inv.take('pear', 1)
except KeyError as e:
    print('KeyError', e, repr(e), e.args)
try:
    inv.take('apple', 5)
except ValueError as e:
    print(e)

def process(data):
    return [int(x) for x in data]

def outer(rows):
    total = 0
    for r in rows:
        total += sum(process(r))
    return total

print(outer([['1', '2'], ['3']]))
try:
    outer([['1', 'x']])
except ValueError as e:
    print(repr(e))
    import traceback
    traceback.print_exc()
print(outer([['4'], ['5', ' 6 ', 'seven']]))
