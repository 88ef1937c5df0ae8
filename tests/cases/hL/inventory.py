from __future__ import annotations
from dataclasses import dataclass, field, asdict, astuple, replace
from typing import Optional, List, Dict
from functools import total_ordering
from enum import Enum, auto
import json


class Category(Enum):
    TOOL = auto()
    FOOD = auto()
    TOY = auto()


class InventoryError(Exception):
    pass


class OutOfStock(InventoryError):
    def __init__(self, sku: str, wanted: int, have: int) -> None:
        super().__init__(f"{sku}: wanted {wanted}, have {have}")
        self.sku = sku
        self.wanted = wanted
        self.have = have


@total_ordering
@dataclass
class Item:
    sku: str
    name: str
    price: float
    qty: int = 0
    category: Category = Category.TOOL
    tags: List[str] = field(default_factory=list)

    @property
    def value(self) -> float:
        return round(self.price * self.qty, 2)

    def __lt__(self, other: Item) -> bool:
        return (self.price, self.sku) < (other.price, other.sku)


@dataclass(frozen=True, order=True)
class Point:
    x: int
    y: int = 0


class Inventory:
    def __init__(self) -> None:
        self._items: Dict[str, Item] = {}
        self.log: list[str] = []

    def add(self, item: Item) -> None:
        if item.sku in self._items:
            raise InventoryError(f"duplicate sku {item.sku!r}")
        self._items[item.sku] = item
        self.log.append(f"add {item.sku}")

    def remove(self, sku: str, n: int) -> int:
        try:
            it = self._items[sku]
        except KeyError as e:
            raise InventoryError(f"unknown sku {sku}") from e
        if it.qty < n:
            raise OutOfStock(sku, n, it.qty)
        it.qty -= n
        self.log.append(f"remove {sku} {n}")
        return it.qty

    def __len__(self) -> int:
        return len(self._items)

    def __iter__(self):
        return iter(sorted(self._items.values()))

    def __contains__(self, sku: object) -> bool:
        return sku in self._items

    def total(self) -> float:
        return sum(i.value for i in self._items.values())

    def by_category(self) -> dict[Category, list[str]]:
        out: dict[Category, list[str]] = {}
        for it in self._items.values():
            out.setdefault(it.category, []).append(it.name)
        return out


inv = Inventory()
inv.add(Item("A1", "Hammer", 12.5, 4, tags=["heavy"]))
inv.add(Item("B2", "Apple", 0.35, 120, Category.FOOD))
inv.add(Item("C3", "Yo-yo", 3.0, 10, Category.TOY, ["kids", "fun"]))
inv.add(Item("D4", "Wrench", 12.5, 2))
print(len(inv), "A1" in inv, "Z9" in inv)
for it in inv:
    print(it)
print(repr(inv.total()))
print(inv.by_category())
print({k.name: v for k, v in inv.by_category().items()})

for sku, n in [("A1", 3), ("A1", 3), ("Q", 1), ("B2", 20)]:
    try:
        left = inv.remove(sku, n)
        print("left", sku, left)
    except OutOfStock as e:
        print("OutOfStock", e, e.args, e.wanted - e.have)
    except InventoryError as e:
        print(type(e).__name__, e, type(e.__cause__).__name__, repr(e.__cause__))

try:
    inv.add(Item("A1", "x", 1.0))
except InventoryError as e:
    print(e)

h = inv._items["A1"]
print(asdict(h))
print(astuple(h))
print(replace(h, qty=99))
print(h == Item("A1", "Hammer", 12.5, 1, tags=["heavy"]))
print(sorted(inv._items.values(), key=lambda i: i.value, reverse=True)[0].name)
print(max(inv._items.values()).name, min(inv._items.values()).name)
print(Item("Z", "z", 1.0) <= Item("Y", "y", 1.0), Item("Z", "z", 1.0) > Item("Y", "y", 1.0))

p = Point(1, 2)
print(p, hash(p) == hash(Point(1, 2)), p < Point(1, 3), sorted([Point(2), Point(1, 5), Point(1)]))
try:
    p.x = 5
except Exception as e:
    print(type(e).__name__, e)

data = [asdict(i) for i in sorted(inv._items.values(), key=lambda i: i.sku)]
for d in data:
    d["category"] = d["category"].name
s = json.dumps(data, indent=2, sort_keys=True)
print(s)
back = json.loads(s)
print(back == data, type(back[0]["price"]).__name__)
print(json.dumps({"total": inv.total(), "n": len(inv)}, separators=(",", ":")))
print(Category.FOOD, repr(Category.TOY), Category["TOOL"].value, list(Category))
print(f"{'SKU':<5}|{'Name':^10}|{'Price':>8}|{'Qty':>5}")
for it in sorted(inv._items.values(), key=lambda i: i.name):
    print(f"{it.sku:<5}|{it.name:^10}|{it.price:>8.2f}|{it.qty:>5d}")
print("\n".join(inv.log))
