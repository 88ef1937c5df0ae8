"""A small bank simulation that ends with an uncaught chained error."""
import traceback


class BankError(Exception):
    """Base error."""


class InsufficientFunds(BankError):
    def __init__(self, account, amount):
        super().__init__(f"account {account.name!r} has {account.balance}, needs {amount}")
        self.account = account
        self.amount = amount


class FrozenAccount(BankError):
    pass


class Account:
    def __init__(self, name, balance=0):
        self.name = name
        self.balance = balance
        self.frozen = False
        self.history = []

    def withdraw(self, amount):
        if self.frozen:
            raise FrozenAccount(self.name)
        if amount > self.balance:
            raise InsufficientFunds(self, amount)
        self.balance -= amount
        self.history.append(-amount)

    def deposit(self, amount):
        if amount <= 0:
            raise ValueError("deposit must be positive")
        self.balance += amount
        self.history.append(amount)

    def __repr__(self):
        return f"Account({self.name!r}, {self.balance})"


class Bank:
    def __init__(self):
        self.accounts = {}

    def open(self, name, balance=0):
        if name in self.accounts:
            raise BankError(f"duplicate account {name}")
        self.accounts[name] = Account(name, balance)
        return self.accounts[name]

    def transfer(self, src, dst, amount):
        try:
            a = self.accounts[src]
            b = self.accounts[dst]
        except KeyError as e:
            raise BankError(f"unknown account {e.args[0]}") from None
        try:
            a.withdraw(amount)
            b.deposit(amount)
        except BankError as e:
            raise BankError(f"transfer {src}->{dst} failed") from e


bank = Bank()
bank.open("alice", 100)
bank.open("bob", 20)
bank.transfer("alice", "bob", 30)
print(bank.accounts)
for args in [("alice", "carol", 5), ("bob", "alice", 500), ("alice", "bob", -1)]:
    try:
        bank.transfer(*args)
    except BankError as e:
        print("BankError:", e, "| cause:", repr(e.__cause__))
    except ValueError as e:
        print("ValueError:", e)
        print(traceback.format_exc().splitlines()[-1])
try:
    bank.open("alice")
except BankError as e:
    print(e)
bank.accounts["bob"].frozen = True
print(bank.accounts)
bank.transfer("bob", "alice", 1)
