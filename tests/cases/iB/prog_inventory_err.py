from dataclasses import dataclass, field
from collections import defaultdict
import warnings


@dataclass(order=True)
class Item:
    name: str
    price: float
    qty: int = 0
    tags: list = field(default_factory=list)

    def __post_init__(self):
        if self.price < 0:
            raise ValueError(f"negative price for {self.name}")
        if self.qty == 0:
            warnings.warn(f"{self.name} is out of stock", RuntimeWarning, stacklevel=3)


class Inventory:
    def __init__(self):
        self.items = {}
        self.by_tag = defaultdict(list)

    def add(self, *args, **kw):
        it = Item(*args, **kw)
        self.items[it.name] = it
        for t in it.tags:
            self.by_tag[t].append(it.name)
        return it

    def total(self):
        return sum(i.price * i.qty for i in self.items.values())

    def restock(self, name, n):
        item = self.items[name]
        item.qty += n

    def cheapest(self):
        return min(self.items.values())


inv = Inventory()
inv.add("apple", 0.5, 10, ["fruit"])
inv.add("pear", 0.75, tags=["fruit"])
inv.add("hammer", 12.0, 2, ["tool"])
print(round(inv.total(), 2))
print(dict(inv.by_tag))
print(inv.cheapest())
try:
    inv.add("ghost", -1, 1)
except ValueError as e:
    print("rejected:", e)
try:
    inv.restock("banana", 3)
except KeyError as e:
    print("missing", e)
inv.restock("pear", 4)
print(sorted(inv.items.values())[0].name)
inv.add("saw", "cheap", 1)
inv.cheapest()
