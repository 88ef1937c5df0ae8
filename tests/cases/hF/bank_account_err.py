class InsufficientFunds(Exception):
    def __init__(self, needed, available):
        super().__init__(needed, available)
        self.needed = needed; self.available = available
    def __str__(self):
        return f"need {self.needed:.2f}, have {self.available:.2f}"
class Account:
    interest = 0.02
    def __init__(self, owner, balance=0.0):
        self.owner = owner; self._balance = balance; self.history = []
    @property
    def balance(self): return round(self._balance, 2)
    @balance.setter
    def balance(self, v):
        if v < 0: raise ValueError(f"balance cannot be negative: {v}")
        self._balance = v
    def withdraw(self, amt):
        if amt > self._balance:
            raise InsufficientFunds(amt, self._balance)
        self._balance -= amt; self.history.append(("withdraw", amt))
    def __str__(self): return f"{self.owner}: ${self.balance:,.2f}"
    def __repr__(self): return f"Account(owner={self.owner!r}, balance={self.balance!r})"
class Savings(Account):
    interest = 0.05
    def add_interest(self): self._balance *= 1 + self.interest
a = Savings("Ann", 1000)
a.add_interest(); print(a, repr(a), Savings.interest, Account.interest, a.history)
try: a.withdraw(5000)
except InsufficientFunds as e: print("Error:", e, e.args, repr(e))
try: a.balance = -5
except ValueError as e: print(e)
print(InsufficientFunds(1, 2).__reduce__()[1] if hasattr(InsufficientFunds(1,2), '__reduce__') else '')
accounts = [Savings("Bob", 50), Account("Cy", 75.456), a]
for acc in sorted(accounts, key=lambda x: x.balance): print(f"{acc!s:>25} | {type(acc).__name__:<8}")
accounts[0].withdraw(100)
