from decimal import Decimal, ROUND_HALF_UP
from abc import ABC, abstractmethod
import datetime as dt


class InsufficientFunds(Exception):
    def __init__(self, account, amount):
        self.account = account
        self.amount = amount
        super().__init__(f"account {account.number} cannot withdraw {amount}")


class Account(ABC):
    _next = 1000
    interest = Decimal("0")

    def __init__(self, owner: str, balance="0"):
        Account._next += 1
        self.number = Account._next
        self.owner = owner
        self._balance = Decimal(balance)
        self.history = []

    @property
    def balance(self) -> Decimal:
        return self._balance

    @balance.setter
    def balance(self, v):
        if v < 0:
            raise ValueError("negative balance")
        self._balance = v

    @abstractmethod
    def kind(self) -> str: ...

    def deposit(self, amount):
        amount = Decimal(amount)
        if amount <= 0:
            raise ValueError(f"bad amount {amount!r}")
        self.balance += amount
        self.history.append(("dep", amount))
        return self

    def withdraw(self, amount):
        amount = Decimal(amount)
        if amount > self.balance:
            raise InsufficientFunds(self, amount)
        self.balance -= amount
        self.history.append(("wd", amount))
        return self

    def add_interest(self):
        gained = (self.balance * self.interest).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
        self.balance += gained
        return gained

    def __repr__(self):
        return f"{type(self).__name__}({self.owner!r}, {str(self.balance)!r})"

    def __str__(self):
        return f"#{self.number} {self.owner:<8} {self.kind():>8} {self.balance:>12,.2f}"


class Checking(Account):
    def kind(self):
        return "checking"


class Savings(Account):
    interest = Decimal("0.035")

    def kind(self):
        return "savings"

    def withdraw(self, amount):
        if len([h for h in self.history if h[0] == "wd"]) >= 2:
            raise PermissionError("savings: withdrawal limit reached")
        return super().withdraw(amount)


class Bank:
    def __init__(self, name):
        self.name = name
        self.accounts = {}

    def open(self, cls, owner, balance="0"):
        acc = cls(owner, balance)
        self.accounts[acc.number] = acc
        return acc

    def transfer(self, src, dst, amount):
        self.accounts[src].withdraw(amount)
        self.accounts[dst].deposit(amount)

    def report(self):
        for a in sorted(self.accounts.values(), key=lambda a: (-a.balance, a.owner)):
            print(a)
        total = sum((a.balance for a in self.accounts.values()), Decimal(0))
        print(f"{'TOTAL':>27} {total:>12,.2f}")


try:
    Account("x")
except TypeError as e:
    print("TypeError:", e)

bank = Bank("First")
a = bank.open(Checking, "alice", "1500.50")
b = bank.open(Savings, "bob", "25000")
c = bank.open(Checking, "carol")
print(a, b, c, sep="\n")
print([a, b])
a.deposit("99.99").withdraw(10)
print(a.balance, b.add_interest(), b.balance)
for args in [(a.number, c.number, "500"), (c.number, a.number, "1000"), (b.number, a.number, 1),
             (b.number, a.number, 2), (b.number, a.number, 3), (9999, 1, 1)]:
    try:
        bank.transfer(*args)
        print("ok", args)
    except InsufficientFunds as e:
        print("insufficient:", e, e.amount, e.account.owner)
    except (PermissionError, KeyError) as e:
        print(type(e).__name__, e)
try:
    a.deposit("-5")
except ValueError as e:
    print(e)
try:
    a.deposit("abc")
except Exception as e:
    print(type(e).__name__, e)
bank.report()
print(a.history)
d = dt.date(2024, 2, 28)
for i in range(3):
    print(d + dt.timedelta(days=i), (d + dt.timedelta(days=i)).strftime("%a %d %b %Y"))
print(dt.datetime(2024, 3, 1, 12, 30) - dt.datetime(2023, 12, 31, 23, 59, 59))


def audit(bank, number):
    acc = bank.accounts[number]
    return close(acc)


def close(acc):
    acc.balance = acc.balance - Decimal("1000000")


audit(bank, a.number)
