from dataclasses import dataclass, field, asdict, astuple, replace, FrozenInstanceError
from enum import Enum, auto, IntEnum, Flag
from typing import NamedTuple, Optional
import functools

class Category(Enum):
    TOOL = auto()
    FOOD = auto()
    TOY = "toy"

class Priority(IntEnum):
    LOW = 1
    HIGH = 3

class Perm(Flag):
    R = 4
    W = 2
    X = 1

@dataclass(order=True)
class Item:
    sort_key: float = field(init=False, repr=False)
    name: str
    price: float
    qty: int = 0
    category: Category = Category.TOOL
    tags: list = field(default_factory=list)

    def __post_init__(self):
        self.sort_key = self.price * self.qty
        if self.price < 0:
            raise ValueError(f"negative price for {self.name}")

    @property
    def total(self):
        return round(self.price * self.qty, 2)

@dataclass(frozen=True)
class Location:
    aisle: int
    shelf: str = "A"

class Pair(NamedTuple):
    item: str
    loc: Optional[Location] = None

class OutOfStock(LookupError):
    def __str__(self):
        return f"out of stock: {self.args[0]}"

class Inventory:
    def __init__(self):
        self.items = {}
    def add(self, item):
        if item.name in self.items:
            self.items[item.name].qty += item.qty
        else:
            self.items[item.name] = item
    def remove(self, name, qty):
        item = self.items.get(name)
        if item is None:
            raise KeyError(name)
        if item.qty < qty:
            raise OutOfStock(name)
        item.qty -= qty
    def report(self):
        print(f"{'name':<10}{'price':>8}{'qty':>5}{'total':>9}  category")
        for it in sorted(self.items.values(), key=lambda i: (-i.total, i.name)):
            print(f"{it.name:<10}{it.price:>8.2f}{it.qty:>5d}{it.total:>9,.2f}  {it.category.name.lower()}")

inv = Inventory()
inv.add(Item("hammer", 12.5, 3))
inv.add(Item("apple", 0.4, 120, Category.FOOD, ["fresh"]))
inv.add(Item("yoyo", 3.99, 7, category=Category.TOY))
inv.add(Item("hammer", 12.5, 2))
inv.report()
print(inv.items["apple"])
print(asdict(inv.items["apple"]))
print(astuple(inv.items["yoyo"]))
print(replace(inv.items["yoyo"], qty=1))
print(sorted(inv.items.values())[0].name, Item("a", 1, 2) < Item("b", 1, 3))
print(Item("a", 1) == Item("a", 1), Item("a", 1) == Item("a", 2))
loc = Location(3)
print(loc, hash(loc) == hash(Location(3, "A")), {loc: "x"})
try:
    loc.aisle = 4
except FrozenInstanceError as e:
    print(type(e).__name__, e)
p = Pair("hammer", loc)
print(p, p._asdict(), p._replace(loc=None), Pair._fields, Pair._field_defaults)
print(Category.TOY, repr(Category.FOOD), Category("toy"), Category["TOOL"], list(Category))
print(Priority.HIGH > Priority.LOW, Priority.HIGH + 1, repr(Priority(1)), str(Priority.LOW), f"{Priority.HIGH}")
print(Perm.R | Perm.W, repr(Perm.R | Perm.X), Perm(7), Perm(0), Perm.W in Perm(6), ~Perm.R)
print(Category.TOOL.value, Category.FOOD.value, len(Category), Category.TOY in Category)
try:
    Category("nope")
except ValueError as e:
    print(e)
try:
    Item("bad", -1)
except ValueError as e:
    print(e)
try:
    inv.remove("yoyo", 100)
except LookupError as e:
    print(type(e).__name__, e, repr(e))
try:
    inv.remove("ghost", 1)
except KeyError as e:
    print(type(e).__name__, e)
try:
    Item()
except TypeError as e:
    print(e)
print(Item.__match_args__ if hasattr(Item, "__match_args__") else None)
match inv.items["yoyo"]:
    case Item(name="yoyo", qty=q) if q > 5:
        print("many yoyos", q)
    case _:
        print("other")
match p:
    case Pair(item, Location(aisle=a)):
        print("pair", item, a)
inv.remove("hammer", 99)
