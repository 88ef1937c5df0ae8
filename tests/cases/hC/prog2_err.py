"""Library management system - exercise style."""
from dataclasses import dataclass, field
from datetime import date, timedelta
from enum import Enum, auto
from typing import Optional
from collections import defaultdict
import json

class Genre(Enum):
    FICTION = auto()
    SCIENCE = auto()
    HISTORY = auto()

@dataclass(order=True)
class Book:
    isbn: str
    title: str = field(compare=False)
    author: str = field(compare=False)
    genre: Genre = field(compare=False, default=Genre.FICTION)
    year: int = field(compare=False, default=2000)

@dataclass
class Loan:
    book: Book
    member: str
    start: date
    due: Optional[date] = None
    def __post_init__(self):
        if self.due is None:
            self.due = self.start + timedelta(days=14)
    def overdue_days(self, today: date) -> int:
        return max(0, (today - self.due).days)

class LibraryError(Exception):
    pass

class Library:
    def __init__(self):
        self.books: dict[str, Book] = {}
        self.loans: dict[str, Loan] = {}
        self.history = defaultdict(list)
    def add(self, book):
        if book.isbn in self.books:
            raise LibraryError(f"duplicate ISBN {book.isbn!r}")
        self.books[book.isbn] = book
    def lend(self, isbn, member, when):
        if isbn not in self.books:
            raise KeyError(isbn)
        if isbn in self.loans:
            raise LibraryError(f"{self.books[isbn].title} is already on loan to {self.loans[isbn].member}")
        loan = Loan(self.books[isbn], member, when)
        self.loans[isbn] = loan
        self.history[member].append(isbn)
        return loan
    def give_back(self, isbn, when):
        loan = self.loans.pop(isbn)
        fine = loan.overdue_days(when) * 0.25
        return fine

lib = Library()
for i, (t, a, g, y) in enumerate([("Dune", "Herbert", Genre.FICTION, 1965), ("Cosmos", "Sagan", Genre.SCIENCE, 1980), ("SPQR", "Beard", Genre.HISTORY, 2015), ("Emma", "Austen", Genre.FICTION, 1815)]):
    lib.add(Book(f"978-{i:04d}", t, a, g, y))
try:
    lib.add(Book("978-0000", "Dup", "X"))
except LibraryError as e:
    print("error:", e)
l1 = lib.lend("978-0001", "ann", date(2024, 1, 10))
print(l1)
try:
    lib.lend("978-0001", "bob", date(2024, 1, 11))
except LibraryError as e:
    print("error:", e)
try:
    lib.lend("999", "bob", date(2024, 1, 11))
except KeyError as e:
    print("missing", e, repr(e), e.args)
lib.lend("978-0002", "bob", date(2024, 2, 1))
print(f"fine: ${lib.give_back('978-0001', date(2024, 2, 5)):.2f}")
print(sorted(lib.books.values())[:2])
by_genre = defaultdict(list)
for b in lib.books.values():
    by_genre[b.genre.name].append(b.title)
print(dict(sorted(by_genre.items())))
print(json.dumps({k: v for k, v in lib.history.items()}, sort_keys=True))
oldest = min(lib.books.values(), key=lambda b: b.year)
print(f"{oldest.title!r} by {oldest.author} ({oldest.year}) - {oldest.genre}")
print([repr(g) for g in Genre], Genre.SCIENCE.value, Genre["HISTORY"])
report = "\n".join(f"{b.isbn:<10}|{b.title:^10}|{b.year:>6}" for b in sorted(lib.books.values(), key=lambda b: -b.year))
print(report)
lib.give_back("978-0000", date(2024, 1, 1))
