from decimal import Decimal, ROUND_HALF_EVEN
import itertools

class InsufficientFunds(Exception):
    pass

class Account:
    _ids = itertools.count(1000)
    def __init__(self, owner, balance="0"):
        self.id = next(self._ids)
        self.owner = owner
        self._balance = Decimal(balance)
        self.history = []
    @property
    def balance(self):
        return self._balance
    def deposit(self, amount):
        amount = Decimal(amount)
        if amount <= 0:
            raise ValueError("deposit must be positive")
        self._balance += amount
        self.history.append(("dep", amount))
    def withdraw(self, amount):
        amount = Decimal(amount)
        if amount > self._balance:
            raise InsufficientFunds(f"{self.owner}: balance {self._balance}, requested {amount}")
        self._balance -= amount
        self.history.append(("wd", amount))
    def __repr__(self):
        return f"Account({self.id}, {self.owner!r}, {self._balance})"

class Savings(Account):
    rate = Decimal("0.025")
    def add_interest(self):
        interest = (self._balance * self.rate).quantize(Decimal("0.01"), rounding=ROUND_HALF_EVEN)
        self.deposit(interest)
        return interest

def transfer(src, dst, amount):
    src.withdraw(amount)
    try:
        dst.deposit(amount)
    except Exception:
        src.deposit(amount)
        raise

a = Account("ann", "100.50")
b = Savings("bob", "1000")
transfer(a, b, "50.25")
print(a, b)
print(b.add_interest(), b.balance)
for amt in ("500", "-5", "abc"):
    try:
        transfer(a, b, amt)
    except InsufficientFunds as e:
        print("insufficient:", e)
    except ValueError as e:
        print("value error:", e)
    except Exception as e:
        print(type(e).__name__)
print(a.history, b.history)
print(sum(x for k, x in b.history if k == "dep"), isinstance(b, Account), Savings.__mro__[1].__name__)
accounts = sorted([a, b, Account("cy", "75")], key=lambda acc: acc.balance, reverse=True)
print([acc.owner for acc in accounts], [str(acc.balance) for acc in accounts])
