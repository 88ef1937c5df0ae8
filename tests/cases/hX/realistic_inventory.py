# A small inventory system exercising classes, properties, exceptions, generators and match.
from dataclasses import dataclass, field
from collections import defaultdict
from contextlib import contextmanager
import functools


class InventoryError(Exception):
    pass


class OutOfStock(InventoryError):
    def __init__(self, sku, wanted, have):
        super().__init__(f"{sku}: wanted {wanted}, have {have}")
        self.sku, self.wanted, self.have = sku, wanted, have


@functools.total_ordering
@dataclass
class Item:
    sku: str
    name: str
    price: float
    qty: int = 0
    tags: list = field(default_factory=list)

    @property
    def value(self):
        return round(self.price * self.qty, 2)

    def __lt__(self, other):
        if not isinstance(other, Item):
            return NotImplemented
        return (self.price, self.sku) < (other.price, other.sku)


class Inventory:
    def __init__(self):
        self._items = {}
        self.log = []

    def __len__(self):
        return len(self._items)

    def __contains__(self, sku):
        return sku in self._items

    def __getitem__(self, sku):
        try:
            return self._items[sku]
        except KeyError:
            raise InventoryError(f"unknown sku {sku!r}") from None

    def __iter__(self):
        yield from sorted(self._items.values())

    def add(self, item):
        if item.sku in self:
            self[item.sku].qty += item.qty
        else:
            self._items[item.sku] = item
        self.log.append(('add', item.sku, item.qty))

    def take(self, sku, n):
        it = self[sku]
        if it.qty < n:
            raise OutOfStock(sku, n, it.qty)
        it.qty -= n
        self.log.append(('take', sku, n))
        return it.price * n

    @contextmanager
    def transaction(self):
        snapshot = {k: v.qty for k, v in self._items.items()}
        try:
            yield self
        except InventoryError as e:
            for k, q in snapshot.items():
                self._items[k].qty = q
            self.log.append(('rollback', str(e)))
            print('rolled back:', e)

    def by_tag(self):
        groups = defaultdict(list)
        for it in self:
            for t in it.tags or ['untagged']:
                groups[t].append(it.sku)
        return dict(sorted(groups.items()))


def describe(cmd):
    match cmd:
        case ('add', sku, qty) if qty > 10:
            return f'bulk add {qty:>4} x {sku}'
        case ('add', sku, qty):
            return f'add {qty:>4} x {sku}'
        case ('take', sku, qty):
            return f'take {qty:>3} x {sku}'
        case ('rollback', reason):
            return f'rollback ({reason})'
        case _:
            return f'??? {cmd!r}'


inv = Inventory()
inv.add(Item('A1', 'apple', 0.5, 100, ['fruit']))
inv.add(Item('B2', 'bread', 2.25, 5, ['bakery']))
inv.add(Item('C3', 'cheese', 7.99, 3, ['dairy', 'deli']))
inv.add(Item('A1', 'apple', 0.5, 20))
inv.add(Item('Z9', 'mystery', 1.0, 1))
print(len(inv), 'A1' in inv, 'Q0' in inv)
for it in inv:
    print(f'{it.sku:<3} {it.name:>8} {it.price:7.2f} {it.qty:4d} {it.value:>8.2f}')
print(inv.by_tag())
print(inv.take('A1', 30), inv['A1'].qty)
with inv.transaction() as t:
    t.take('B2', 2)
    t.take('C3', 5)
print(inv['B2'].qty, inv['C3'].qty)
try:
    inv['nope']
except InventoryError as e:
    print(type(e).__name__, e, e.__suppress_context__)
try:
    inv.take('Z9', 2)
except OutOfStock as e:
    print(e.sku, e.wanted, e.have, isinstance(e, InventoryError))
for entry in inv.log:
    print(describe(entry))
print(sorted(inv, reverse=True)[0].name, max(inv).sku, min(inv).sku)
print(Item('X', 'x', 1.0) <= Item('Y', 'y', 1.0), Item('X', 'x', 2.0) > Item('Y', 'y', 1.0))
print(sum(it.value for it in inv), f"{sum(it.qty for it in inv):,}")
