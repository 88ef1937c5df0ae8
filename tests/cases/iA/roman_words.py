ROMAN = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
         (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]


def to_roman(n):
    if not isinstance(n, int) or isinstance(n, bool):
        raise TypeError(f"expected int, got {type(n).__name__}")
    if not 0 < n < 4000:
        raise ValueError(f"{n} out of range (1..3999)")
    out = []
    for v, s in ROMAN:
        q, n = divmod(n, v)
        out.append(s * q)
    return "".join(out)


def from_roman(s):
    vals = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}
    total = 0
    for a, b in zip(s, s[1:] + " "):
        if a not in vals:
            raise ValueError(f"invalid numeral {a!r} in {s!r}")
        v = vals[a]
        total += -v if b in vals and vals[b] > v else v
    if to_roman(total) != s:
        raise ValueError(f"non-canonical numeral {s!r} (did you mean {to_roman(total)}?)")
    return total


ONES = "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen".split()
TENS = "_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()
SCALES = [(10 ** 12, "trillion"), (10 ** 9, "billion"), (10 ** 6, "million"), (1000, "thousand")]


def words(n):
    if n < 0:
        return "minus " + words(-n)
    if n < 20:
        return ONES[n]
    if n < 100:
        t, o = divmod(n, 10)
        return TENS[t] + ("-" + ONES[o] if o else "")
    if n < 1000:
        h, r = divmod(n, 100)
        return ONES[h] + " hundred" + (" and " + words(r) if r else "")
    for v, name in SCALES:
        if n >= v:
            q, r = divmod(n, v)
            sep = ", " if r >= 100 else " and " if r else ""
            return words(q) + " " + name + (sep + words(r) if r else "")
    raise OverflowError("number too large")


def to_base(n, b):
    digits = "0123456789abcdefghijklmnopqrstuvwxyz"
    if not 2 <= b <= 36:
        raise ValueError("base must be in 2..36")
    if n == 0:
        return "0"
    sign = "-" if n < 0 else ""
    n = abs(n)
    out = []
    while n:
        n, r = divmod(n, b)
        out.append(digits[r])
    return sign + "".join(reversed(out))


for n in [1, 4, 9, 14, 40, 90, 400, 1994, 2024, 3999]:
    r = to_roman(n)
    print(f"{n:>5} {r:<12} {from_roman(r):>5}")
for bad in [0, 4000, -5, 2.0, True, "12"]:
    try:
        to_roman(bad)
    except (TypeError, ValueError) as e:
        print(f"{bad!r}: {type(e).__name__}: {e}")
for bad in ["IIII", "IC", "ABC", "", "MMMM"]:
    try:
        print(bad, from_roman(bad))
    except ValueError as e:
        print(f"{bad!r}: {e}")
for n in [0, 7, 13, 21, 99, 100, 101, 342, 1000, 1001, 12345, 1000000, 2000000017, -45, 10 ** 12 + 1]:
    print(f"{n:>15,}: {words(n)}")
try:
    words(10 ** 15)
except OverflowError as e:
    print(type(e).__name__, e)
for n, b in [(255, 2), (255, 16), (-255, 16), (0, 7), (10 ** 20, 36), (35, 36)]:
    s = to_base(n, b)
    print(n, b, s, int(s, b) == n)
try:
    to_base(5, 1)
except ValueError as e:
    print(e)
print(int("zz", 36), int("-0x1f", 16), int("0o17", 0), int(" 0b1010 ", 0), format(10 ** 20, "x"), oct(-8), bin(0))
