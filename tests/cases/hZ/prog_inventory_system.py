from dataclasses import dataclass, field
from collections import defaultdict
from typing import Dict, List
import json

class InventoryError(Exception):
    pass

class OutOfStock(InventoryError):
    def __init__(self, sku, wanted, have):
        super().__init__(f"{sku}: wanted {wanted}, have {have}")
        self.sku, self.wanted, self.have = sku, wanted, have

@dataclass
class Item:
    sku: str
    name: str
    price: float
    qty: int = 0
    tags: List[str] = field(default_factory=list)

    @property
    def value(self):
        return round(self.price * self.qty, 2)

class Inventory:
    def __init__(self):
        self._items: Dict[str, Item] = {}
        self._log = []

    def add(self, item):
        if item.sku in self._items:
            raise InventoryError(f"duplicate sku {item.sku!r}")
        self._items[item.sku] = item
        self._log.append(("add", item.sku, item.qty))

    def restock(self, sku, n):
        self._items[sku].qty += n
        self._log.append(("restock", sku, n))

    def sell(self, sku, n):
        try:
            item = self._items[sku]
        except KeyError:
            raise InventoryError(f"unknown sku {sku!r}") from None
        if item.qty < n:
            raise OutOfStock(sku, n, item.qty)
        item.qty -= n
        self._log.append(("sell", sku, n))
        return item.price * n

    def by_tag(self):
        out = defaultdict(list)
        for it in self._items.values():
            for t in it.tags:
                out[t].append(it.sku)
        return dict(sorted(out.items()))

    def report(self):
        lines = [f"{'SKU':<6}{'Name':<12}{'Qty':>5}{'Value':>10}"]
        for it in sorted(self._items.values(), key=lambda i: (-i.value, i.sku)):
            lines.append(f"{it.sku:<6}{it.name:<12}{it.qty:>5}{it.value:>10.2f}")
        total = sum(i.value for i in self._items.values())
        lines.append(f"{'TOTAL':<23}{total:>10.2f}")
        return "\n".join(lines)

inv = Inventory()
inv.add(Item("A1", "widget", 2.5, 10, ["small", "metal"]))
inv.add(Item("B2", "gadget", 12.99, 3, ["metal"]))
inv.add(Item("C3", "doohickey", 0.35, 250, ["small"]))
for action in [lambda: inv.add(Item("A1", "dup", 1)), lambda: inv.sell("Z9", 1), lambda: inv.sell("B2", 5)]:
    try:
        action()
    except OutOfStock as e:
        print("OutOfStock:", e, e.wanted - e.have)
    except InventoryError as e:
        print("InventoryError:", e, e.__cause__, e.__suppress_context__)
print(inv.sell("A1", 4), round(inv.sell("C3", 100), 2))
inv.restock("B2", 7)
print(inv.report())
print(inv.by_tag())
print(json.dumps(inv._log))
print(json.dumps({k: vars(v) for k, v in inv._items.items()}, indent=1, sort_keys=True))
