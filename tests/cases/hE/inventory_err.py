"""Inventory / order processing exercise."""
from __future__ import annotations
import json
from dataclasses import dataclass, field, asdict
from decimal import Decimal, ROUND_HALF_UP
from enum import Enum, auto
from collections import defaultdict, Counter
from datetime import date, timedelta
from typing import Optional
import textwrap
import heapq
import bisect
import itertools


class Status(Enum):
    PENDING = auto()
    SHIPPED = auto()
    CANCELLED = auto()


@dataclass(order=True)
class Item:
    sku: str
    price: Decimal
    qty: int = 0
    tags: list[str] = field(default_factory=list, compare=False)

    @property
    def value(self) -> Decimal:
        return (self.price * self.qty).quantize(Decimal('0.01'), ROUND_HALF_UP)


@dataclass
class Order:
    id: int
    lines: dict[str, int]
    placed: date
    status: Status = Status.PENDING
    note: Optional[str] = None


class OutOfStock(Exception):
    def __init__(self, sku, wanted, have):
        super().__init__(f'{sku}: wanted {wanted}, only {have} left')
        self.sku = sku


stock = {i.sku: i for i in [
    Item('A-100', Decimal('19.99'), 10, ['tools']),
    Item('B-200', Decimal('5.25'), 3, ['garden', 'sale']),
    Item('C-300', Decimal('0.10'), 1000),
    Item('D-400', Decimal('249.00'), 1, ['tools', 'power']),
]}
orders = [
    Order(1, {'A-100': 2, 'C-300': 150}, date(2024, 5, 1)),
    Order(2, {'B-200': 5}, date(2024, 5, 2), note='rush'),
    Order(3, {'D-400': 1, 'A-100': 1}, date(2024, 5, 2)),
    Order(4, {'D-400': 1}, date(2024, 5, 3)),
]
ledger = defaultdict(Decimal)
for o in orders:
    try:
        for sku, n in o.lines.items():
            if stock[sku].qty < n:
                raise OutOfStock(sku, n, stock[sku].qty)
        for sku, n in o.lines.items():
            stock[sku].qty -= n
            ledger[o.placed] += stock[sku].price * n
        o.status = Status.SHIPPED
    except OutOfStock as e:
        o.status = Status.CANCELLED
        o.note = str(e)
    print(f'order {o.id:03d} {o.status.name:<9} {o.status!r} note={o.note!r}')
print(dict(ledger))
print(sum(ledger.values(), Decimal(0)), max(ledger, key=ledger.get))
print(sorted(stock.values())[:2])
print([i.value for i in stock.values()], sum(i.value for i in stock.values()))
tags = Counter(itertools.chain.from_iterable(i.tags for i in stock.values()))
print(tags.most_common(), sorted(tags))
print(heapq.nlargest(2, stock.values(), key=lambda i: i.value))
prices = sorted(i.price for i in stock.values())
print(prices, bisect.bisect(prices, Decimal('10')), prices[bisect.bisect_left(prices, Decimal('5.25'))])
report = {o.id: {**asdict(o), 'status': o.status.name, 'placed': o.placed.isoformat()} for o in orders}
print(json.dumps(report, indent=1, default=str)[:400])
summary = ' '.join(f'Order {o.id} was {o.status.name.lower()} on {o.placed:%A %d %B}.' for o in orders)
print(textwrap.fill(summary, 50, initial_indent='  ', subsequent_indent='    '))
due = {o.id: o.placed + timedelta(days=3 if o.note != 'rush' else 1) for o in orders}
print(due, min(due.values()) - max(due.values()))
by_status = {k: [o.id for o in g] for k, g in itertools.groupby(sorted(orders, key=lambda o: o.status.value), key=lambda o: o.status)}
print(by_status)
restock = Item('E-500', Decimal('1e-3'), 5)
print(restock, restock.value, restock < stock['A-100'], Decimal('1.005').quantize(Decimal('.01')), round(Decimal('1.005'), 2))
print(stock['Z-999'])
