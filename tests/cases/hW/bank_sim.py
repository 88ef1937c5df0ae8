# Bank/inventory simulation with classes, dataclasses, enums, properties, exceptions.
from __future__ import annotations
import abc
import dataclasses
from dataclasses import dataclass, field, InitVar, KW_ONLY
from decimal import Decimal
from enum import Enum, Flag, IntFlag, auto, unique
from functools import total_ordering, cached_property
import itertools


class TxKind(Enum):
    DEPOSIT = "dep"
    WITHDRAW = "wd"
    TRANSFER = "xfer"

    def __str__(self):
        return self.value.upper()


class Perm(Flag):
    READ = auto()
    WRITE = auto()
    ADMIN = READ | WRITE
    AUDIT = auto()


class Code(IntFlag):
    A = 1
    B = 2
    C = 4


class BankError(Exception):
    pass


class InsufficientFunds(BankError):
    def __init__(self, account, amount):
        super().__init__(f"account {account.number} cannot withdraw {amount} (balance {account.balance})")
        self.account = account
        self.amount = amount


class FrozenAccount(BankError):
    pass


_ids = itertools.count(1000)


@dataclass
class Transaction:
    kind: TxKind
    amount: Decimal
    memo: str = ""
    _: KW_ONLY
    ident: int = field(default_factory=lambda: next(_ids))
    tags: tuple = ()

    def __post_init__(self):
        if self.amount <= 0:
            raise ValueError(f"amount must be positive, got {self.amount}")


class Account(abc.ABC):
    rate = Decimal("0")

    def __init__(self, number, owner, balance=Decimal("0")):
        self.number = number
        self.owner = owner
        self._balance = Decimal(balance)
        self.history = []
        self.frozen = False

    @property
    def balance(self):
        return self._balance

    @balance.setter
    def balance(self, value):
        if value < self.min_balance():
            raise InsufficientFunds(self, self._balance - value)
        self._balance = value

    @abc.abstractmethod
    def min_balance(self):
        ...

    def apply(self, tx):
        if self.frozen:
            raise FrozenAccount(f"account {self.number} is frozen")
        if tx.kind is TxKind.DEPOSIT:
            self.balance += tx.amount
        else:
            self.balance -= tx.amount
        self.history.append(tx)

    def accrue(self):
        interest = (self.balance * self.rate).quantize(Decimal("0.01"))
        if interest:
            self.apply(Transaction(TxKind.DEPOSIT, interest, "interest"))
        return interest

    def __repr__(self):
        return f"{type(self).__name__}(#{self.number}, {self.owner!r}, {self.balance})"


class Checking(Account):
    def __init__(self, number, owner, balance=0, overdraft=100):
        super().__init__(number, owner, balance)
        self.overdraft = Decimal(overdraft)

    def min_balance(self):
        return -self.overdraft


class Savings(Account):
    rate = Decimal("0.015")

    def min_balance(self):
        return Decimal(0)


@total_ordering
@dataclass(eq=False)
class Customer:
    name: str
    age: InitVar[int] = 0
    accounts: list = field(default_factory=list, repr=False)
    adult: bool = field(init=False, default=False)

    def __post_init__(self, age):
        self.adult = age >= 18

    def __eq__(self, other):
        return self.name == other.name

    def __lt__(self, other):
        return self.name < other.name

    @cached_property
    def initials(self):
        print("  (computing initials)")
        return "".join(p[0] for p in self.name.split())


class Bank:
    def __init__(self):
        self.accounts = {}

    def open(self, cls, owner, *args, **kw):
        num = len(self.accounts) + 1
        acct = cls(num, owner, *args, **kw)
        self.accounts[num] = acct
        owner.accounts.append(acct)
        return acct

    def transfer(self, src, dst, amount):
        tx = Transaction(TxKind.TRANSFER, Decimal(amount), f"{src.number}->{dst.number}")
        src.apply(tx)
        try:
            dst.apply(Transaction(TxKind.DEPOSIT, Decimal(amount), "in"))
        except BankError:
            src.apply(Transaction(TxKind.DEPOSIT, Decimal(amount), "refund"))
            raise

    def total(self):
        return sum((a.balance for a in self.accounts.values()), Decimal(0))


bank = Bank()
ann = Customer("Ann Lee", 30)
bob = Customer("Bob", age=12)
c1 = bank.open(Checking, ann, 50)
s1 = bank.open(Savings, ann, "1000.50")
c2 = bank.open(Checking, bob, overdraft=0)
print(ann, bob, ann.adult, bob.adult, sorted([bob, ann]) == [ann, bob], ann >= bob, ann.initials, ann.initials)
ops = [
    lambda: c1.apply(Transaction(TxKind.WITHDRAW, Decimal("120"))),
    lambda: c1.apply(Transaction(TxKind.WITHDRAW, Decimal("40"))),
    lambda: bank.transfer(s1, c2, "250.25"),
    lambda: c2.apply(Transaction(TxKind.WITHDRAW, Decimal("300"))),
    lambda: Transaction(TxKind.DEPOSIT, Decimal("-5")),
    lambda: setattr(c2, "frozen", True) or bank.transfer(s1, c2, 10),
    lambda: s1.accrue(),
    lambda: Account(9, ann),
    lambda: Transaction(TxKind.DEPOSIT, Decimal(1), "m", 5),
    lambda: bank.transfer(c1, s1, 1000),
]
for i, op in enumerate(ops):
    try:
        r = op()
        print(i, "ok", r)
    except BankError as e:
        print(i, type(e).__name__, e, isinstance(e, InsufficientFunds) and e.amount)
    except Exception as e:
        print(i, "other", type(e).__name__, e)
for a in bank.accounts.values():
    print(repr(a), [(str(t.kind), str(t.amount), t.memo) for t in a.history])
print(bank.total(), ann.accounts)
print(Transaction(TxKind.DEPOSIT, Decimal("1.5"), tags=("x",)).tags, dataclasses.fields(Transaction)[3].name, [f.name for f in dataclasses.fields(Customer)])
print(Perm.ADMIN, Perm.READ | Perm.AUDIT, Perm.ADMIN & Perm.WRITE, Perm.READ in Perm.ADMIN, ~Perm.READ, list(Perm), bool(Perm(0)), Perm(0))
print(Code.A | Code.C, Code(7), Code(3) & 2, int(Code.B | 8), repr(Code(0)), Code.A + 1, repr(Perm.ADMIN), repr(Perm.READ | Perm.AUDIT))
print(TxKind("wd"), repr(TxKind.TRANSFER), TxKind.DEPOSIT.name, [k.value for k in TxKind], TxKind["DEPOSIT"] is TxKind.DEPOSIT)
try:
    @unique
    class Dup(Enum):
        A = 1
        B = 1
except ValueError as e:
    print(type(e).__name__, e)
try:
    TxKind("nope")
except ValueError as e:
    print(type(e).__name__, e)
try:
    TxKind.DEPOSIT = 3
except AttributeError as e:
    print(type(e).__name__, e)
print(dataclasses.replace(Transaction(TxKind.DEPOSIT, Decimal(2), ident=1), memo="r"))
print(dataclasses.is_dataclass(Customer), dataclasses.is_dataclass(ann), dataclasses.asdict(Transaction(TxKind.WITHDRAW, Decimal(3), ident=7)))
