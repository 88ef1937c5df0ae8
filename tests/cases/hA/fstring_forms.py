x = 42
name = "wörld"
width, prec = 10, 3
pi = 3.14159265
print(f"{x=}")
print(f"{x = }")
print(f"{x=!r:>8}")
print(f"{name!a}")
print(f"{name=!s}")
print(f"{pi:{width}.{prec}f}|")
print(f"{pi:{'<'}{width}.{prec}}|")
print(f"{'nested' + f'{x}'}")
print(f"{x:#x} {x:#o} {x:#b} {x:_b} {1234567:,} {1234567:_}")
print(f"{-0.0:+.2f} {0.5:%} {1e20:g} {1.5e-7:e} {float('inf'):>6} {float('nan')!r}")
print(f"{{literal}} {{{x}}}")
d = {"a": 1, "b": [1, 2]}
print(f"{d['a']} {d['b'][1]} {len(d)}")
print(f"""{
    x
    + 1
}""")
print(f"{x!r:^9}|{'s'!r:*^9}")
print(f"{3+4j=}")
print(f"{(lambda y: y*2)(x)}")
print(f"{x if x > 0 else -x}")
print(f"{[i for i in range(3)]}")
print(f"{ {1: 2} }")
print(f"{x,}")
print(f"{'a' 'b'}")
print(rf"\n{x}\t")
print(fr'{x}\d')
print(F"{x}" f"{x}" "plain")
class P:
    def __format__(self, spec):
        return f"P<{spec}>"
    def __repr__(self):
        return "P()"
print(f"{P():abc} {P()!r} {P()=} {P():{x}}")
import datetime
dt = datetime.date(2020, 1, 5)
print(f"{dt:%Y/%m/%d} {dt=}")
print(f"{'x':=^10}")
print(f"{12345.6789:=+12,.2f}")
print(f"{True:d} {True!s} {None!r}")
print(f"{b'abc'}")
print(f"{x:{'>' if x else '<'}{width}}")
try:
    print(f"{x:q}")
except Exception as e:
    print(type(e).__name__, e)
try:
    print(f"{'s':d}")
except Exception as e:
    print(type(e).__name__, e)
try:
    print(f"{1.5:x}")
except Exception as e:
    print(type(e).__name__, e)
try:
    print(f"{object():>10}")
except Exception as e:
    print(type(e).__name__, e)
try:
    print(f"{[1]:>10}")
except Exception as e:
    print(type(e).__name__, e)
print(f"{'%s'}" % 3)
print(f"{x:0>5} {x:05} {-x:05} {x:+05}")
print(f"{'abc':.2} {'abc':>5.1}")
print(f"{1000000:.2e} {0.000123:.3g} {123.0:g} {1e16:g} {1.0:.0f} {2.5:.0f} {3.5:.0f}")
print(f"{255:c}" if False else f"{65:c}{0x263a:c}")
print(f"{12:n} {1.25:n}")
print(f"{x!s:}")
