from decimal import Decimal, ROUND_HALF_EVEN, ROUND_HALF_UP, ROUND_DOWN, InvalidOperation
from functools import total_ordering

RATES = {("USD", "EUR"): Decimal("0.9134"), ("EUR", "USD"): Decimal("1.0948"), ("USD", "JPY"): Decimal("151.2")}
DIGITS = {"USD": 2, "EUR": 2, "JPY": 0}


class CurrencyMismatch(TypeError):
    pass


@total_ordering
class Money:
    __slots__ = ("amount", "currency")

    def __init__(self, amount, currency="USD"):
        if currency not in DIGITS:
            raise ValueError(f"unknown currency {currency!r}")
        if isinstance(amount, float):
            amount = repr(amount)
        try:
            amt = Decimal(amount)
        except InvalidOperation:
            raise ValueError(f"bad amount {amount!r}") from None
        q = Decimal(1).scaleb(-DIGITS[currency])
        object.__setattr__(self, "amount", amt.quantize(q, rounding=ROUND_HALF_EVEN))
        object.__setattr__(self, "currency", currency)

    def __setattr__(self, k, v):
        raise AttributeError("Money is immutable")

    def _same(self, other):
        if not isinstance(other, Money):
            return False
        if other.currency != self.currency:
            raise CurrencyMismatch(f"{self.currency} vs {other.currency}")
        return True

    def __add__(self, other):
        if other == 0:
            return self
        if not self._same(other):
            return NotImplemented
        return Money(self.amount + other.amount, self.currency)

    __radd__ = __add__

    def __sub__(self, other):
        if not self._same(other):
            return NotImplemented
        return Money(self.amount - other.amount, self.currency)

    def __mul__(self, k):
        if isinstance(k, Money):
            return NotImplemented
        return Money(self.amount * Decimal(str(k)), self.currency)

    __rmul__ = __mul__

    def __truediv__(self, k):
        return Money(self.amount / Decimal(str(k)), self.currency)

    def __neg__(self):
        return Money(-self.amount, self.currency)

    def __eq__(self, other):
        if isinstance(other, Money):
            return (self.amount, self.currency) == (other.amount, other.currency)
        return other == 0 and self.amount == 0

    def __lt__(self, other):
        self._same(other)
        return self.amount < other.amount

    def __hash__(self):
        return hash((self.amount, self.currency))

    def __bool__(self):
        return bool(self.amount)

    def split(self, n):
        q = Decimal(1).scaleb(-DIGITS[self.currency])
        base = (self.amount / n).quantize(q, rounding=ROUND_DOWN)
        parts = [base] * n
        rem = int((self.amount - base * n) / q)
        for i in range(rem):
            parts[i] += q
        return [Money(p, self.currency) for p in parts]

    def to(self, cur):
        if cur == self.currency:
            return self
        return Money(self.amount * RATES[(self.currency, cur)], cur)

    def __repr__(self):
        return f"Money('{self.amount}', '{self.currency}')"

    def __format__(self, spec):
        sym = {"USD": "$", "EUR": "€", "JPY": "¥"}[self.currency]
        s = f"{abs(self.amount):,}"
        s = ("-" if self.amount < 0 else "") + sym + s
        return format(s, spec or "")


a = Money("19.999")
b = Money(5.10)
c = Money(0.125)
print(a, b, c, repr(Money(-0.005)), Money("2.5") == Money(2.50), Money(0) == 0)
print(a + b, a - b, b * 3, 3 * b, a / 3, -a, sum([a, b, c]), sum([], Money(0)))
print(sorted([a, b, c]), max(a, b), a > b, b <= b, {a, Money("20.00")})
print(Money(100).split(3), [str(m.amount) for m in Money("0.05").split(3)], sum(Money(10).split(7)) == Money(10))
print(f"[{Money(1234567.891):>16}] [{Money(-42, 'EUR'):<10}] [{Money(1500, 'JPY'):^12}] [{Money(3)}]")
print(Money(100).to("EUR"), Money(100).to("EUR").to("USD"), Money("99.99").to("JPY"), Money(1).to("USD") is not None)
for bad in [lambda: Money(1) + Money(1, "EUR"), lambda: Money(1, "GBP"), lambda: Money("abc"),
            lambda: Money(1) * Money(2), lambda: Money(1) < Money(1, "JPY"), lambda: Money(1).to("JPY").to("USD"),
            lambda: setattr(a, "amount", 5), lambda: Money(1) + 5]:
    try:
        print(bad())
    except (TypeError, ValueError, KeyError, AttributeError) as e:
        print(f"{type(e).__name__}: {e}")
print(Decimal("1.005").quantize(Decimal("0.01"), rounding=ROUND_HALF_UP), Decimal("1.005").quantize(Decimal("0.01")),
      Decimal("2.675") * 1, round(Decimal("2.675"), 2), Decimal(1) / Decimal(3) * 3 == 1, Decimal("1e-3").normalize(), Decimal("100").normalize())
print(Decimal("3.14159").as_tuple(), Decimal("-0.00").is_signed(), Decimal("NaN").is_nan(), Decimal(10) ** -2, Decimal("1.50").compare(Decimal("1.5")))
