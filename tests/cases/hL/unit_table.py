from dataclasses import dataclass
from typing import Callable
import math

CONV: dict[str, dict[str, Callable[[float], float]]] = {
    "length": {"m": lambda x: x, "km": lambda x: x / 1000, "mi": lambda x: x / 1609.344,
               "ft": lambda x: x / 0.3048, "in": lambda x: x / 0.0254},
    "mass": {"kg": lambda x: x, "lb": lambda x: x / 0.45359237, "oz": lambda x: x / 0.028349523125,
             "g": lambda x: x * 1000},
    "temp": {"C": lambda c: c, "F": lambda c: c * 9 / 5 + 32, "K": lambda c: c + 273.15},
}


def table(kind, values):
    units = list(CONV[kind])
    head = "".join(f"{u:>14}" for u in units)
    print(f"{kind.upper():<8}|{head}")
    print("-" * 8 + "+" + "-" * 14 * len(units))
    for v in values:
        cells = "".join(f"{CONV[kind][u](v):>14,.4f}" for u in units)
        print(f"{v:<8g}|{cells}")
    print()


table("length", [1, 1000, 1609.344, 0.0254, 42195])
table("mass", [1, 0.5, 100, 1e-3])
table("temp", [-273.15, -40, 0, 36.6, 100])

x, y, name = 3.14159, -42, "Ada"
items = [("apple", 0.5, 12), ("banana", 0.25, 100), ("cherry", 12.0, 3), ("kiwi", 0.333333, 1234567)]
print(f"{x=}", f"{x = :.2f}", f"{name=!r:>8}", f"{y=:+06d}", f"{x*2=:.3}", f"{len(items) = }")
print(f"{'left':<10}|{'center':^10}|{'right':>10}|")
print(f"{name!s:*^9} {name!a} {name!r}")
for n, price, qty in items:
    print(f"{n:<10.4}{price:>8.2f}{qty:>10,}{price * qty:>14,.3f}{price * qty / 1e3:>10.2%}")
print(f"{1234567.891:_.2f} {1234567:_} {0b1011:#b} {255:#o} {255:#X} {65:c} {3.0:g} {1e-5:g} {123456789.0:g}")
print(f"{-3.5:=+10.2f}|{3.5:=+10.2f}|{42:=08}|{-42:08}|{42:+}|{42: }|{-0.0:.1f}|{0.0:+.1f}")
print(f"{12345.6789:e}|{12345.6789:.2E}|{0.000123:.3g}|{1234.5:.3g}|{1e21:f}|{float('inf'):>6}|{float('nan'):+}")
print(f"{0.5:.0f} {1.5:.0f} {2.5:.0f} {0.125:.2f} {0.375:.2f} {1.005:.2f} {2.675:.2f}")
print(f"{10:{'>'}{8}} {3.14159:{'.'}{'2'}f} {'x':{'^'}5}|{'nested':{10}}|")
w, p = 12, 3
print(f"{math.pi:{w}.{p}f}|{math.e:<{w}.{p + 2}f}|{math.tau:^{w}.{p}e}|")
print("{0} {1} {0}".format("a", "b"), "{name} is {age}".format(name="x", age=3), "{:>{width}}".format("r", width=5))
print("{0.real} {0.imag} {1[0]} {1[1]} {2[k]}".format(3 + 4j, [7, 8], {"k": "v"}))
print("{!r} {!s} {!a}".format("é", "é", "é"), "{:%Y-%m}".format(__import__("datetime").date(2024, 5, 1)), "{{}} {}".format(1))
print("%s|%5s|%-5s|%.2s|%r" % ("abc", "abc", "abc", "abc", "abc"), "%d|%5d|%-5d|%05d|%+d|% d" % (42, 42, 42, 42, 42, 42))
print("%f|%.1f|%10.3f|%-10.1f|%e|%.2E|%g|%G" % ((math.pi,) * 6 + (1e-10, 1e20)))
print("%x|%X|%#x|%o|%#o|%c|%%|%*d|%-*d|%.*f" % (255, 255, 255, 8, 8, 65, 5, 3, 4, 7, 2, math.pi))
print("%(a)s-%(b)05.1f" % {"a": "A", "b": 2.25}, "%s" % (1,), "%s %s" % ("x", [1]), "%i" % 3.9, "%d" % True)
for bad in [lambda: "%d" % "x", lambda: "%s %s" % (1,), lambda: "%s" % (1, 2), lambda: "%z" % 1, lambda: "{:d}".format(1.5),
            lambda: "{} {}".format(1), lambda: "{0} {}".format(1, 2), lambda: f"{'a':=10}", lambda: format(1, "x>"), lambda: "{:,s}".format("a"),
            lambda: "{a}".format(b=1), lambda: "{0[5]}".format([1]), lambda: "%(k)s" % {}, lambda: "{:.2f}".format("s")]:
    try:
        print(bad())
    except (TypeError, ValueError, KeyError, IndexError) as e:
        print(type(e).__name__, e)


@dataclass
class Money:
    cents: int

    def __format__(self, spec):
        cur, _, rest = spec.partition(":")
        s = f"{self.cents / 100:{rest or ',.2f'}}"
        return {"usd": "$" + s, "eur": s + " €"}.get(cur, s)


m = Money(123456789)
print(f"{m:usd} | {m:eur:>15,.1f} | {m} | {m::.0f} | {m!r}")
print(format(m, "usd"), "{:eur}".format(m), str.format("{0:usd:.3f}", m))
print(round(2.5), round(-0.5), round(1.25, 1), round(1.35, 1), round(1e15 + 0.5), round(123.456, -1), round(-123.456, 1), round(5, -1), round(15, -1), round(25, -1))
print(int(2.9), int(-2.9), int("  -17  "), float(" 1_000.5 "), float("1e-3"), str(1/3), repr(0.1 * 3), 1e15, 1e16, 123e-20)
print(7 / 2, 7 // 2, -7 // 2, 7 % -2, 2 ** -1, 2 ** 0.5, (-2) ** 2, -2 ** 2, 10 / 5, 0.1 * 3 == 0.3, abs(-0.0), 1 / 3 + 1 / 3)
