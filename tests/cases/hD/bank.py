class InsufficientFunds(Exception):
    def __init__(self, needed, available):
        super().__init__(f"need {needed:.2f}, have {available:.2f}")
        self.needed = needed
        self.available = available

class AccountClosed(Exception):
    pass

class Account:
    _next_id = 1000
    interest = 0.0

    def __init__(self, owner, balance=0):
        self.owner = owner
        self._balance = balance
        self.id = Account._next_id
        Account._next_id += 1
        self.history = []
        self.closed = False

    @property
    def balance(self):
        return self._balance

    @balance.setter
    def balance(self, value):
        if value < 0:
            raise ValueError("balance cannot be negative")
        self._balance = value

    def deposit(self, amount):
        if self.closed:
            raise AccountClosed(self.id)
        if amount <= 0:
            raise ValueError(f"invalid amount: {amount!r}")
        self._balance += amount
        self.history.append(("deposit", amount))
        return self

    def withdraw(self, amount):
        if self.closed:
            raise AccountClosed(self.id)
        if amount > self._balance:
            raise InsufficientFunds(amount, self._balance)
        self._balance -= amount
        self.history.append(("withdraw", amount))
        return self

    def apply_interest(self):
        gained = round(self._balance * self.interest, 2)
        self._balance += gained
        return gained

    def __repr__(self):
        return f"{type(self).__name__}(owner={self.owner!r}, balance={self._balance!r})"

    def __str__(self):
        return f"#{self.id} {self.owner:<8}|{self._balance:>10.2f}"

    def __eq__(self, other):
        if not isinstance(other, Account):
            return NotImplemented
        return self.id == other.id

    def __hash__(self):
        return hash(self.id)

    def __lt__(self, other):
        return self._balance < other._balance

class Savings(Account):
    interest = 0.025

    def withdraw(self, amount):
        if len([h for h in self.history if h[0] == "withdraw"]) >= 2:
            raise PermissionError("withdrawal limit reached")
        return super().withdraw(amount)

class Checking(Account):
    def __init__(self, owner, balance=0, overdraft=100):
        super().__init__(owner, balance)
        self.overdraft = overdraft

    def withdraw(self, amount):
        if amount > self._balance + self.overdraft:
            raise InsufficientFunds(amount, self._balance + self.overdraft)
        self._balance -= amount
        self.history.append(("withdraw", amount))
        return self

class Bank:
    def __init__(self, name):
        self.name = name
        self.accounts = {}

    def open(self, kind, *args, **kw):
        acct = kind(*args, **kw)
        self.accounts[acct.id] = acct
        return acct

    def transfer(self, src, dst, amount):
        try:
            src.withdraw(amount)
        except InsufficientFunds as e:
            print(f"transfer failed: {e} (short by {e.needed - e.available:.2f})")
            return False
        else:
            dst.deposit(amount)
            return True
        finally:
            print(f"transfer attempt {src.id}->{dst.id} {amount}")

    def __len__(self):
        return len(self.accounts)

    def __iter__(self):
        return iter(sorted(self.accounts.values()))

    def total(self):
        return sum(a.balance for a in self.accounts.values())

bank = Bank("First")
a = bank.open(Savings, "alice", 500)
b = bank.open(Checking, "bob", 50, overdraft=200)
c = bank.open(Account, owner="carol")
print(repr(a), repr(b), repr(c), sep="\n")
print(a == b, a == a, a != c, a.__eq__(3))
print(bank.transfer(a, b, 120.5))
print(bank.transfer(b, c, 500))
print(bank.transfer(b, c, 300))
for acct in bank:
    print(acct)
print(len(bank), f"{bank.total():,.2f}")
print(a.apply_interest(), a.balance)
try:
    a.withdraw(1)
    a.withdraw(1)
except PermissionError as e:
    print(type(e).__name__, e)
try:
    c.balance = -5
except ValueError as e:
    print(type(e).__name__, e)
c.closed = True
try:
    c.deposit(10)
except AccountClosed as e:
    print(type(e).__name__, e, e.args)
try:
    b.deposit(-3)
except ValueError as e:
    print(e)
e = InsufficientFunds(10, 5)
print(repr(e), e.args, str(e))
print(sorted(bank.accounts.values(), reverse=True))
print(max(bank.accounts.values()).owner, min(bank.accounts.values(), key=lambda x: x.owner).owner)
print({a, b, a, c} == {a, b, c})
print(a.history, b.history)
print(Savings.__mro__)
print(isinstance(a, Account), issubclass(Checking, Savings))
print(vars(c))
