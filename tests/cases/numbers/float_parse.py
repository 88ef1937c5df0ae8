# float() parsing and float.fromhex
def show(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)

for s in ["1", "1.5", "-1.5", "+1.5", "  2.5  ", "1e5", "1E5", "1e+5", "1e-5", "1.", ".5", ".", "e5", "1e",
          "1e+", "inf", "-inf", "+inf", "Infinity", "-INFINITY", "iNf", "infinit", "nan", "-nan", "NaN", "+nan",
          "nan(1)", "1_000.5", "1_000.000_1", "1__0", "_1", "1_", "1_e5", "1e_5", "1e5_0", "1.5_", "0x10", "1,5",
          "", "   ", "1 2", "١.٥", "\u0661\u0662.\u0663", "１.５", "\t3.25\n", "\u2003 4.5 \u3000", "1e400",
          "-1e400", "1e-400", "4.9e-324", "2.4703282292062328e-324", "2.4703282292062327e-324",
          "1.7976931348623158e308", "1.7976931348623159e308", "0.1", "3.141592653589793238462643383279",
          "00012.5", "0e0", "-0", "-0.0", "+0.0", "1e-1_0", "12345678901234567890123456789e-10",
          "9" * 400, "0." + "0" * 400 + "1", "1" + "0" * 400 + "e-400", "2.5\x00", "1.5j", "++1", "--1", "+-1"]:
    show(lambda: float(s))
show(lambda: float(b"1.5"))
show(lambda: float(b" 2.5 "))
show(lambda: float(b"abc"))
show(lambda: float(bytearray(b"3.5")))
show(lambda: float(None))
show(lambda: float([]))
show(lambda: float(1j))
show(lambda: float(10**400))
show(lambda: float(-10**400))
show(lambda: float(True))
show(lambda: float())
show(lambda: float(1, 2))
show(lambda: float(x=1))
class F:
    def __float__(self): return 2.5
class BadF:
    def __float__(self): return 1
class IdxOnly:
    def __index__(self): return 7
class MyF(float):
    pass
class FSub:
    def __float__(self): return MyF(1.25)
show(lambda: float(F()))
show(lambda: float(BadF()))
show(lambda: float(IdxOnly()))
show(lambda: float(FSub()))
show(lambda: MyF(2))
show(lambda: type(MyF(2)).__name__)
show(lambda: MyF("1.5") + 1)
show(lambda: type(MyF("1.5") + 1).__name__)
show(lambda: MyF.fromhex("0x1p1"))
show(lambda: type(MyF.fromhex("0x1p1")).__name__)

# fromhex
for s in ["0x1p0", "0x1.8p1", "-0x1.8p1", "0X1P-2", "1", "1.", ".8", "0x.8", "0x", "0xp1", "0x1p", "0x1p+",
          "0x1p-1074", "0x1p-1075", "0x1.8p-1075", "0x1p-1076", "0x3p-1076", "0x1.fffffffffffffp+1023",
          "0x1.fffffffffffff8p+1023", "0x1.fffffffffffff7p+1023", "0x1p1024", "0x.00000000000001p0",
          "0x1.00000000000008p0", "0x1.00000000000018p0", "0x1.000000000000080001p0", "0x1.0000000000000fp0",
          "  0x1p3  ", "\t-0x1p3\n", "inf", "-Infinity", "nan", " -nan ", "0x1p99999999999999999999",
          "0x1p-99999999999999999999", "0x0p99999", "0x0000000001p0", "1p1 x", "0x1.p1", "0x1.0.0p1",
          "fffffffffffffff", "0x1_0p0", "0x1e", "1e1", "-0x0p0", "0x1.ffffffffffffffffffffffp-1030",
          "0x0.0000000000001p-1022", "0x0.00000000000008p-1022", "0x0.00000000000018p-1022", "0x1.8p-1074"]:
    show(lambda: float.fromhex(s))
show(lambda: float.fromhex(5))
for x in [1.0, 0.1, -2.5, 5e-324, 1e-310, 1.7976931348623157e308, 123456.789]:
    print(x.hex(), float.fromhex(x.hex()) == x)
