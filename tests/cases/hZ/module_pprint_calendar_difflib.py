import pprint, collections, calendar, difflib, statistics, fractions, decimal
data = {"name": "widget", "tags": ["a" * 10, "b" * 20, "c" * 30], "nested": {"k%d" % i: list(range(i)) for i in range(8)}, "t": (1, 2, (3, 4, [5] * 12)), "s": {3, 1, 2}, "f": frozenset({"x"})}
pprint.pprint(data)
pprint.pprint(data, width=40, indent=2)
pprint.pprint(data, depth=1)
pprint.pprint(data, compact=True, width=50)
pprint.pprint(list(range(40)), width=30, compact=True)
pprint.pprint("a long string " * 10, width=40)
pprint.pprint([b"bytes " * 10], width=30)
print(pprint.pformat({"b": 1, "a": 2}, sort_dicts=False), pprint.saferepr([1, [2]]), pprint.isreadable({1: 2}), pprint.isrecursive([]))
pprint.pprint(collections.OrderedDict(a=1, b=[1] * 30))
pprint.pprint(collections.defaultdict(list, {"x": [1] * 30}))
pprint.pprint(collections.Counter("abracadabra" * 3))
pprint.pprint(collections.deque(range(30)), width=40)
pprint.pprint({"x": collections.ChainMap({"a": 1}, {"b": list(range(25))})})
from dataclasses import dataclass, field
@dataclass
class D:
    a: int
    b: list = field(default_factory=lambda: list(range(20)))
pprint.pprint(D(1), width=40)
pprint.pp({"z": 1, "a": 2})
print(calendar.month(2024, 2))
print(calendar.calendar(2023, w=2, l=1, c=4, m=4)[:400])
print(calendar.monthrange(2024, 2), calendar.isleap(1900), calendar.leapdays(1900, 2024), calendar.weekday(2024, 1, 1), list(calendar.day_abbr))
print(calendar.monthcalendar(2024, 3))
tc = calendar.TextCalendar(firstweekday=6); print(tc.formatmonth(2021, 8))
print(list(difflib.unified_diff(["a\n", "b\n", "c\n"], ["a\n", "B\n", "c\n", "d\n"], "old", "new")))
print(list(difflib.ndiff(["one", "two"], ["one", "too"])))
print(difflib.SequenceMatcher(None, "abcd", "bcde").ratio(), difflib.get_close_matches("appel", ["ape", "apple", "peach", "puppy"]))
print(statistics.mean([1, 2, 3, 4]), statistics.median([3, 1, 2, 5]), statistics.mode("aabbbc"), statistics.stdev([1, 2, 3, 4]), statistics.pvariance([1, 2, 3]), statistics.quantiles(range(1, 11), n=4), statistics.fmean([1, 2]), statistics.geometric_mean([1, 4]), statistics.harmonic_mean([1, 4]), statistics.median_low([1, 2, 3, 4]), statistics.multimode("aabbc"))
print(fractions.Fraction(3, 6), fractions.Fraction("1.25"), fractions.Fraction(0.1).limit_denominator(100), fractions.Fraction(1, 3) + fractions.Fraction(1, 6), repr(fractions.Fraction(-2, 4)), fractions.Fraction(7, 2) // 1, float(fractions.Fraction(1, 8)))
D2 = decimal.Decimal
print(D2("1.10") + D2("2.20"), D2(1) / D2(7), D2("1.2345").quantize(D2("0.01")), D2("2.5").quantize(D2("1"), rounding=decimal.ROUND_HALF_UP), D2(0.1), D2("-0"), D2("1e3").normalize(), D2("123.4500").normalize(), D2(10) ** 20, D2("NaN"), D2("inf") * -1)
with decimal.localcontext() as ctx:
    ctx.prec = 5
    print(D2(1) / D2(3), D2("123456789") + 0)
print(D2("3.14159").as_tuple(), D2("12.5").to_integral_value(), round(D2("12.5")), int(D2("-7.9")), D2("1.5") < 2, D2("0.1") * 3 == D2("0.3"), sorted([D2("2"), D2("1.5")]))
