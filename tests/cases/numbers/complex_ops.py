# complex: construction, parsing, repr, arithmetic, pow edge cases, errors
def show(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)

inf = float("inf"); nan = float("nan")
for c in [0j, -0j, 1j, -1j, 1+2j, -1-2j, complex(0.0, -0.0), complex(-0.0, 0.0), complex(-0.0, -0.0),
          complex(1e16, 1e-5), complex(inf, nan), complex(nan, inf), complex(-inf, -nan), complex(nan, -inf),
          complex(1.5, 0), complex(0, 2.5e300), 3.25j, complex(1e22, 1e23), complex(-1.0, 0.0),
          complex(0.1, 0.2), complex(2, -0.0)]:
    print(repr(c), str(c), c.real, c.imag, c.conjugate(), abs(c) if c == c else "nan")
for s in ["1+2j", "1-2j", "  (1+2j)  ", "( 1+2j )", "(1+2j", "1+2j)", "j", "-j", "+j", "2j", "2J", "1e3j",
          "1e-3-1e3j", "inf+infj", "-inf-nanj", "nan", "1", " 1.5 ", "1+j", "1-j", "1 + 2j", "1+2 j", "",
          "()", "1e+3+2e-3j", "1_0+2_0j", "0x1+2j", "1+2jj", "j1", "1.5e", "+1.5-2.5J", "-.5+.5j", "1..5j",
          "\u0661+\u0662j", "infj", "-infj", "nanj", "1+infinityj", "1+i"]:
    show(lambda: complex(s))
show(lambda: complex())
show(lambda: complex(1))
show(lambda: complex(1, 2))
show(lambda: complex(1.5, -2))
show(lambda: complex(1j, 1j))
show(lambda: complex(1+2j, 3+4j))
show(lambda: complex("1", 2))
show(lambda: complex(1, "2"))
show(lambda: complex(None))
show(lambda: complex([]))
show(lambda: complex(1, None))
show(lambda: complex(real=1, imag=2))
show(lambda: complex(imag=2))
show(lambda: complex(10**400))
show(lambda: complex(b"1"))
show(lambda: complex(True, False))
class C:
    def __complex__(self): return 1+1j
class BadC:
    def __complex__(self): return 1
class Fl:
    def __float__(self): return 3.0
class Ix:
    def __index__(self): return 4
show(lambda: complex(C()))
show(lambda: complex(BadC()))
show(lambda: complex(Fl()))
show(lambda: complex(Ix()))
show(lambda: complex(Fl(), Fl()))
class MyC(complex):
    pass
show(lambda: MyC(1, 2))
show(lambda: type(MyC(1, 2)).__name__)
show(lambda: type(MyC(1, 2) + 1).__name__)

vals = [0j, 1+2j, -3.5+0.5j, 2j, complex(1e300, 1e300), 3, 2.5, -1]
for a in vals:
    for b in vals:
        show(lambda: a + b)
        show(lambda: a - b)
        show(lambda: a * b)
        show(lambda: a / b)
        show(lambda: a == b)
        show(lambda: a != b)
show(lambda: (1+2j) ** 2)
show(lambda: (1+2j) ** -2)
show(lambda: (1+2j) ** 0)
show(lambda: (1+2j) ** 0.5)
show(lambda: (1+2j) ** (1+1j))
show(lambda: 0j ** 0)
show(lambda: 0j ** 0j)
show(lambda: 0j ** 2)
show(lambda: 0j ** -1)
show(lambda: 0j ** 1j)
show(lambda: 0j ** (1+1j))
show(lambda: 2 ** 1j)
show(lambda: 1j ** 1j)
show(lambda: 1j ** 2)
show(lambda: 1j ** 3)
show(lambda: 1j ** 101)
show(lambda: 1j ** 100.0)
show(lambda: (1+1j) ** 1000)
show(lambda: (1e200+1e200j) ** 2)
show(lambda: (1e200+1e200j) ** 2.5)
show(lambda: (-8) ** (1/3))
show(lambda: pow(1j, 2, 3))
show(lambda: 1j // 1)
show(lambda: 1j % 1)
show(lambda: divmod(1j, 1))
show(lambda: 1j < 2j)
show(lambda: 1j > 1)
show(lambda: 1j / 0)
show(lambda: 1j / 0j)
show(lambda: 1 / 0j)
show(lambda: complex(inf, 0) * 1j)
show(lambda: abs(complex(1e308, 1e308)))
show(lambda: abs(complex(3, 4)))
show(lambda: abs(complex(inf, nan)))
show(lambda: -(1+2j))
show(lambda: +(1+2j))
show(lambda: ~(1+2j))
show(lambda: hash(1+0j) == hash(1))
show(lambda: hash(1.5+0j) == hash(1.5))
show(lambda: hash(1+2j))
show(lambda: hash(-1-1j))
show(lambda: hash(complex(inf, nan)) == hash(complex(inf, nan)))
show(lambda: bool(0j), )
show(lambda: bool(complex(0, -0.0)))
show(lambda: bool(1j))
show(lambda: 1j == 1j + 0)
show(lambda: (1+0j) == 1)
show(lambda: (1+0j) == 1.0)
show(lambda: (2**53 + 1 + 0j) == 2**53 + 1)
show(lambda: 1j.real)
show(lambda: (1j).__add__(1))
show(lambda: (1j).__radd__(1))
show(lambda: (1j).__eq__(1))
show(lambda: (1j).__lt__(1))
show(lambda: int(1j))
show(lambda: float(1j))
show(lambda: round(1j))
show(lambda: 1j.__getnewargs__())
show(lambda: [x for x in dir(1j) if not x.startswith("_")])
show(lambda: complex(1, 2).imag)
show(lambda: 1j + "a")
