from dataclasses import dataclass, field, asdict, astuple, replace
from typing import List, Optional
import functools


class OutOfStock(Exception):
    def __init__(self, sku, wanted, have):
        super().__init__(f"{sku}: wanted {wanted}, have {have}")
        self.sku = sku
        self.wanted = wanted
        self.have = have


@dataclass(order=True)
class Item:
    sort_key: tuple = field(init=False, repr=False)
    sku: str
    name: str
    price: float
    qty: int = 0
    tags: List[str] = field(default_factory=list)

    def __post_init__(self):
        self.sort_key = (self.name.lower(), self.sku)

    @property
    def value(self):
        return round(self.price * self.qty, 2)


@dataclass(frozen=True)
class Location:
    aisle: int
    shelf: str = "A"


class Inventory:
    def __init__(self):
        self._items = {}
        self._loc = {}

    def add(self, item, loc=None):
        if item.sku in self._items:
            raise KeyError(item.sku)
        self._items[item.sku] = item
        if loc is not None:
            self._loc[item.sku] = loc

    def remove(self, sku, n):
        it = self._items[sku]
        if n > it.qty:
            raise OutOfStock(sku, n, it.qty)
        it.qty -= n
        return it.qty

    def __len__(self):
        return len(self._items)

    def __iter__(self):
        return iter(sorted(self._items.values()))

    def __contains__(self, sku):
        return sku in self._items

    def total(self):
        return functools.reduce(lambda a, b: a + b.value, self._items.values(), 0)

    def by_tag(self):
        out = {}
        for it in self:
            for t in it.tags:
                out.setdefault(t, []).append(it.sku)
        return dict(sorted(out.items()))


inv = Inventory()
inv.add(Item("A100", "widget", 2.5, 10, ["metal", "small"]), Location(3))
inv.add(Item("B200", "Gadget", 19.99, 3, ["electronic"]), Location(1, "C"))
inv.add(Item("C300", "doohickey", 0.15, 1000, ["small"]))
inv.add(Item("D400", "Apparatus", 125.0))
print(len(inv), "A100" in inv, "Z" in inv)
for it in inv:
    print(it)
print(f"{'SKU':<6}|{'Name':^12}|{'Price':>8}|{'Qty':>5}|{'Value':>10}")
print("-" * 45)
for it in inv:
    print(f"{it.sku:<6}|{it.name:^12}|{it.price:>8.2f}|{it.qty:>5d}|{it.value:>10,.2f}")
print(f"total={inv.total():.2f}")
print(inv.by_tag())
print(asdict(inv._items["A100"]))
print(astuple(inv._loc["B200"]))
loc = inv._loc["A100"]
print(loc, hash(loc) == hash(Location(3, "A")), loc == Location(3))
try:
    loc.aisle = 4
except Exception as e:
    print(type(e).__name__, e)
print(replace(loc, shelf="Z"))
try:
    inv.add(Item("A100", "dup", 1, 1))
except KeyError as e:
    print("KeyError", e, e.args)
try:
    inv.remove("B200", 5)
except OutOfStock as e:
    print(type(e).__name__, e, e.sku, e.wanted, e.have)
print(inv.remove("B200", 2))
try:
    inv.remove("nope", 1)
except LookupError as e:
    print(repr(e))
a, b = Item("X", "same", 1.0), Item("Y", "same", 1.0)
print(a < b, a == b, sorted([b, a]) == [a, b])
try:
    Item("X")
except TypeError as e:
    print(type(e).__name__, e)
print(Item.__dataclass_fields__.keys())
print([f.name for f in __import__("dataclasses").fields(Item)])
