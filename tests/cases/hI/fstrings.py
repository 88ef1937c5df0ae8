import decimal
x = 42; name = "Ada"; pi = 3.14159265; w = 10; p = 3
print(f"{x}", f"{x!r}", f"{name!r}", f"{name!a}", f"{'é'!a}", f"{name!s:>8}")
print(f"{x=}", f"{name = }", f"{pi=:.2f}", f"{x*2=}", f"{ x = !r}")
print(f"{pi:{w}.{p}f}|", f"{pi:<{w}}|", f"{name:^{w}}|", f"{x:{'>'}{w}}|")
print(f"{x:#x} {x:#o} {x:#b} {x:08.3f} {x:+d} {-x: d} {x:,} {10**7:_}")
print(f"{1234567.891:,.2f} {0.000123:e} {123.0:g} {1e20:g} {0.5:%} {1/3:.3%}")
print(f"{'nested {braces}'}", f"{{literal}}", f"{{{x}}}", f"{'a' 'b'}")
print(f"""{'''triple'''}""", f'{"dq"}', f"{x:>{w}}" f"{x}")
d = {"k": 1}
print(f"{d['k']}", f"{[1,2][0]}", f"{(lambda: 5)()}", f"{x if x else 0}")
print(f"{3:{'0'}{4}d}", f"{'s':*^9}", f"{12:=+6}")
class F:
    def __format__(self, spec): return f"F<{spec}>"
    def __repr__(self): return "F()"
    def __str__(self): return "strF"
print(f"{F()}", f"{F():abc}", f"{F()!r}", f"{F()!s}", f"{F()!r:>6}", format(F(), "q"))
print(format(3.5), format(3.5, ""), format("x", "<3") + "|", format(True, "d"), format(True), f"{True:>5}")
try: f"{x:q}"
except ValueError as e: print("ValueError", e)
try: format(object(), "x")
except TypeError as e: print("TypeError", e)
try: f"{'s':d}"
except ValueError as e: print("ValueError", e)
try: f"{1.5:d}"
except ValueError as e: print("ValueError", e)
try: f"{x:,s}"
except ValueError as e: print("ValueError", e)
try: format(1, "=s")
except ValueError as e: print("ValueError", e)
print(f"{decimal.Decimal('1.2345'):.2f}", f"{2**100:,}", f"{-0.0:+}", f"{float('inf'):^7}|", f"{float('nan'):F}")
print(f"{'abc':.2}", f"{'abc':5.1}|", f"{12345:e}", f"{1.0:.0f}", f"{2.5:.0f}", f"{0.125:.2f}")
print(f"{x!r:^8}", f"{None}", f"{None!r:>5}", f"{b'by'}", f"{3+4j}", f"{(3+4j):.1f}")
print(rf"raw\n{x}", fr"\d{x}", f"\t{x}\\")
n = 3
print(f"{'x' * n}", f"{n:{n}}", f"{n!r:{n}}")
print(f"{x:c}", f"{65:c}{66:c}", f"{ord('a'):x}")
print(f"{1e-7}", f"{1e16}", f"{123456789012345678.0}", f"{0.1+0.2}", f"{1/3}")
print("%s %r %d %5.2f %-5s| %05d %x %o %e %c %%" % ("s", "r", 3, 2.5, "l", 42, 255, 8, 1.5, 65))
print("%(a)s-%(b)03d" % {"a": "A", "b": 7}, "%*d|%-*d|" % (5, 1, 4, 2), "%.*f" % (2, 3.14159))
try: "%d" % "s"
except TypeError as e: print("TypeError", e)
try: "%s %s" % ("a",)
except TypeError as e: print("TypeError", e)
try: "%s" % ("a", "b")
except TypeError as e: print("TypeError", e)
try: "%z" % 1
except ValueError as e: print("ValueError", e)
print("{} {}".format(1, 2), "{1}{0}".format("a", "b"), "{x.real}".format(x=5), "{0[1]}".format([7, 8]), "{:>{}}".format("r", 4))
try: "{} {1}".format(1, 2)
except ValueError as e: print("ValueError", e)
try: "{2}".format(1)
except IndexError as e: print("IndexError", e)
try: "{a}".format(b=1)
except KeyError as e: print("KeyError", e)
print("{!r:>5}".format("a"), "{0!s}".format(F()), "{:}".format(5), "{{}}".format())
