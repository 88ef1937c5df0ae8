from contextlib import contextmanager
from decimal import Decimal, ROUND_HALF_UP
import datetime


class BankError(Exception):
    """Base class."""


class InsufficientFunds(BankError):
    def __init__(self, account, amount):
        self.account = account
        self.amount = amount
        super().__init__(f"account {account.number} cannot pay {amount}")


class Frozen(BankError):
    pass


class Account:
    _next = 1000

    def __init__(self, owner, balance="0"):
        Account._next += 1
        self.number = Account._next
        self.owner = owner
        self._balance = Decimal(balance)
        self.history = []
        self.frozen = False

    @property
    def balance(self):
        return self._balance.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)

    @balance.setter
    def balance(self, value):
        raise AttributeError("use deposit/withdraw")

    def deposit(self, amount):
        amount = Decimal(amount)
        if amount <= 0:
            raise ValueError(f"bad amount: {amount}")
        self._check()
        self._balance += amount
        self.history.append(("dep", amount))

    def withdraw(self, amount):
        amount = Decimal(amount)
        self._check()
        if amount > self._balance:
            raise InsufficientFunds(self, amount)
        self._balance -= amount
        self.history.append(("wd", amount))

    def _check(self):
        if self.frozen:
            raise Frozen("account %d is frozen" % self.number)

    def __repr__(self):
        return f"Account({self.owner!r}, {str(self.balance)!r})"


class Transaction:
    def __init__(self, *accounts):
        self.accounts = accounts

    def __enter__(self):
        self.saved = [(a._balance, list(a.history)) for a in self.accounts]
        print("begin")
        return self

    def __exit__(self, et, ev, tb):
        if et is None:
            print("commit")
            return False
        for a, (bal, hist) in zip(self.accounts, self.saved):
            a._balance = bal
            a.history = hist
        print("rollback:", et.__name__, ev)
        return issubclass(et, BankError)


@contextmanager
def audit(name):
    print(f"[audit] start {name}")
    try:
        yield name.upper()
    except ValueError as e:
        print(f"[audit] value error {e}")
        raise
    finally:
        print(f"[audit] end {name}")


alice = Account("alice", "100.005")
bob = Account("bob")
print(alice, bob, alice.number, bob.number)
with Transaction(alice, bob) as tx:
    alice.withdraw("30")
    bob.deposit("30")
print(alice, bob)
with Transaction(alice, bob):
    alice.withdraw("50")
    bob.deposit("50")
    bob.withdraw("1000")
print(alice, bob, alice.history)
try:
    alice.balance = 5
except AttributeError as e:
    print("AttributeError:", e)
try:
    with audit("deposit") as tag:
        print("tag", tag)
        alice.deposit("-5")
except ValueError as e:
    print("caught", e)
bob.frozen = True
with Transaction(bob):
    bob.deposit(1)
print(bob.history)
rate = Decimal("0.035")
bal = Decimal("1000")
for year in range(1, 4):
    bal = (bal * (1 + rate)).quantize(Decimal("0.01"))
    print(f"year {year}: {bal:>10}")
start = datetime.date(2024, 1, 31)
print(start + datetime.timedelta(days=30), (datetime.date(2024, 12, 25) - start).days)
print(sum((d for k, d in alice.history if k == "dep"), Decimal(0)))
try:
    Decimal("abc")
except Exception as e:
    print(type(e).__name__)
with Transaction(alice):
    alice.deposit("abc")
