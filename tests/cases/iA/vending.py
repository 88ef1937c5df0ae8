from enum import Enum, IntEnum, Flag, auto
from collections import Counter


class Coin(IntEnum):
    NICKEL = 5
    DIME = 10
    QUARTER = 25
    DOLLAR = 100


class Mode(Enum):
    IDLE = auto()
    COLLECTING = auto()
    MAINTENANCE = auto()


class Status(Flag):
    OK = 0
    LOW_CHANGE = auto()
    SOLD_OUT = auto()
    DOOR_OPEN = auto()


class VendingError(Exception):
    pass


class Machine:
    def __init__(self, stock, prices):
        self.stock = Counter(stock)
        self.prices = prices
        self.bank = Counter({c: 2 for c in Coin})
        self.inserted = []
        self.mode = Mode.IDLE

    @property
    def credit(self):
        return sum(self.inserted)

    @property
    def status(self):
        s = Status.OK
        if sum(self.bank.values()) < 4:
            s |= Status.LOW_CHANGE
        if not +self.stock:
            s |= Status.SOLD_OUT
        if self.mode is Mode.MAINTENANCE:
            s |= Status.DOOR_OPEN
        return s

    def insert(self, value):
        if self.mode is Mode.MAINTENANCE:
            raise VendingError("machine in maintenance")
        try:
            coin = Coin(value)
        except ValueError:
            raise VendingError(f"rejected coin {value!r}") from None
        self.inserted.append(coin)
        self.mode = Mode.COLLECTING
        return self.credit

    def make_change(self, amount):
        change = []
        for coin in sorted(Coin, reverse=True):
            while amount >= coin and self.bank[coin] > 0:
                amount -= coin
                self.bank[coin] -= 1
                change.append(coin)
        if amount:
            for c in change:
                self.bank[c] += 1
            raise VendingError(f"cannot make change, short {amount}c")
        return change

    def select(self, item):
        match self.mode, item:
            case Mode.MAINTENANCE, _:
                raise VendingError("machine in maintenance")
            case _, str(name) if name not in self.prices:
                raise VendingError(f"unknown item {name!r}")
            case _, name if self.stock[name] == 0:
                raise VendingError(f"{name} sold out")
            case _, name if self.credit < self.prices[name]:
                raise VendingError(f"insert {self.prices[name] - self.credit}c more for {name}")
        price = self.prices[item]
        for c in self.inserted:
            self.bank[c] += 1
        try:
            change = self.make_change(self.credit - price)
        except VendingError:
            for c in self.inserted:
                self.bank[c] -= 1
            raise
        self.stock[item] -= 1
        self.inserted.clear()
        self.mode = Mode.IDLE
        return item, change

    def refund(self):
        coins, self.inserted = self.inserted, []
        self.mode = Mode.IDLE
        return coins


m = Machine({"cola": 2, "chips": 1, "gum": 0}, {"cola": 125, "chips": 65, "gum": 35})
script = [("insert", 100), ("select", "cola"), ("insert", 25), ("insert", 25), ("select", "cola"),
          ("insert", 3), ("select", "gum"), ("select", "tea"), ("insert", Coin.QUARTER), ("insert", 100),
          ("select", "chips"), ("refund", None), ("insert", 10), ("refund", None), ("select", "chips")]
for op, arg in script:
    try:
        r = getattr(m, op)(*(() if arg is None else (arg,)))
        if op == "select":
            item, change = r
            r = f"{item} + change {[c.name for c in change]} = {sum(change)}c"
        elif op == "refund":
            r = [int(c) for c in r]
        print(f"{op:>6}({arg!s:>12}) -> {r}   credit={m.credit} mode={m.mode.name}")
    except VendingError as e:
        print(f"{op:>6}({arg!s:>12}) !! {e}")
print(m.status, repr(m.status), dict(m.stock), sorted((c.name, n) for c, n in m.bank.items()))
m.mode = Mode.MAINTENANCE
print(m.status, Status.LOW_CHANGE in m.status, bool(Status.OK), list(Status.DOOR_OPEN | Status.SOLD_OUT))
try:
    m.insert(25)
except VendingError as e:
    print(e)
print(Coin.QUARTER + Coin.DIME, Coin(5) < Coin.DIME, max(Coin).name, f"{Coin.DIME:>5}|{Coin.DIME!r}|{Coin.DIME!s}")
print([c for c in Coin if c % 10 == 0], Coin.__members__["DOLLAR"], Mode.IDLE.value, Mode["COLLECTING"])
