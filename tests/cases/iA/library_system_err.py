class LibraryError(Exception):
    def __init__(self, message, *, code=None):
        super().__init__(message)
        self.code = code

    def __str__(self):
        base = super().__str__()
        return f"[{self.code}] {base}" if self.code else base


class NotAvailable(LibraryError):
    pass


class UnknownMember(LibraryError, KeyError):
    pass


class Book:
    def __init__(self, isbn, title, author, copies=1):
        self.isbn = isbn
        self.title = title
        self.author = author
        self.copies = copies
        self.out = 0

    @property
    def available(self):
        return self.copies - self.out

    def __repr__(self):
        return "<Book %s %r by %s (%d/%d)>" % (self.isbn, self.title, self.author, self.available, self.copies)

    def __format__(self, spec):
        if spec == "short":
            return self.title[:10]
        return format(str(self), spec)


class Member:
    _ids = iter(range(1, 1000))

    def __init__(self, name, limit=2):
        self.id = next(self._ids)
        self.name = name
        self.limit = limit
        self.loans = []

    def __repr__(self):
        return f"Member#{self.id}({self.name})"


class Library:
    def __init__(self):
        self.books = {}
        self.members = {}

    def add_book(self, book):
        existing = self.books.get(book.isbn)
        if existing:
            existing.copies += book.copies
        else:
            self.books[book.isbn] = book

    def join(self, name, **kw):
        m = Member(name, **kw)
        self.members[m.id] = m
        return m

    def member(self, mid):
        try:
            return self.members[mid]
        except KeyError:
            raise UnknownMember(f"no member {mid}", code="E404") from None

    def lend(self, isbn, mid):
        m = self.member(mid)
        b = self.books[isbn]
        if b.available <= 0:
            raise NotAvailable(f"{b.title!r} is out", code="E409")
        if len(m.loans) >= m.limit:
            raise LibraryError(f"{m.name} reached limit {m.limit}")
        b.out += 1
        m.loans.append(isbn)
        return b

    def give_back(self, isbn, mid):
        m = self.member(mid)
        m.loans.remove(isbn)
        self.books[isbn].out -= 1

    def report(self):
        print(f"{'ISBN':<6} {'Title':<22} {'Author':<12} {'Avail':>5}")
        for b in sorted(self.books.values(), key=lambda b: (b.author.split()[-1], b.title)):
            print(f"{b.isbn:<6} {b.title:<22.22} {b.author:<12} {b.available:>2}/{b.copies:<2}")


lib = Library()
for isbn, t, a, c in [("111", "Dune", "Frank Herbert", 2), ("222", "Neuromancer", "William Gibson", 1),
                      ("333", "The Left Hand of Darkness", "Ursula Le Guin", 1), ("111", "Dune", "Frank Herbert", 1)]:
    lib.add_book(Book(isbn, t, a, c))
ann = lib.join("Ann")
bob = lib.join("Bob", limit=1)
print(ann, bob, lib.books["111"])
print(f"{lib.books['333']:short}|{lib.books['222']:>45}|")
ops = [("lend", "111", 1), ("lend", "222", 1), ("lend", "333", 1), ("lend", "222", 2), ("lend", "111", 2),
       ("lend", "111", 2), ("lend", "111", 9), ("give_back", "222", 2), ("give_back", "222", 1), ("lend", "999", 1)]
for op, isbn, mid in ops:
    try:
        r = getattr(lib, op)(isbn, mid)
        print(f"{op}({isbn}, {mid}) -> {r!r}")
    except NotAvailable as e:
        print("not available:", e, e.code)
    except UnknownMember as e:
        print("unknown member:", e, isinstance(e, KeyError), e.args)
    except LibraryError as e:
        print("library error:", e, repr(e))
    except (KeyError, ValueError) as e:
        print(f"{type(e).__name__}: {e}")
lib.report()
print(ann.loans, bob.loans)
errs = [NotAvailable("x", code=1), UnknownMember("y"), LibraryError("z", code="Q")]
print([str(e) for e in errs], [type(e).__mro__[1].__name__ for e in errs])
lib.give_back("333", 3)
