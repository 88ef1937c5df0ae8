vals = [1j, 1 + 2j, -1 - 1j, complex(0, -0.0), complex(-0.0, 0), complex(1.5, float("inf")), complex(float("nan"), 1), 1e20j, 3 + 0j, complex(), complex(-0.0, -0.0)]
for v in vals:
    print(repr(v), str(v), v.real, v.imag, v.conjugate(), abs(v) if v.real == v.real else "nan", format(v, ""), format(v, ".2f"), format(v, "^20"), format(v, "g"), bool(v))
for args in [(1, 2), ("1+2j",), (" 3-4j ",), ("j",), ("-j",), ("1e3j",), ("(1+2j)",), ("inf+nanj",), (1j, 1j), (2.5,), ("1",), (True, False), (complex(1, 2), 3)]:
    print(args, complex(*args))
for args in [("1+2j", 1), ("1 + 2j",), ("abc",), (None,), ("",), ("1+",), ([],), (1, "2"), ("(1+2j",)]:
    try:
        print(complex(*args))
    except Exception as e:
        print(type(e).__name__, e)
a, b = 3 + 4j, 1 - 2j
print(a + b, a - b, a * b, a / b, a ** 2, a ** 0.5, a ** b, -a, +a, a == 3 + 4j, a != b, a == (3 + 4j).real, (2 + 0j) == 2, 1j ** 2, 2 ** 1j, 0j ** 0, (1 + 1j) ** 10)
for op in [lambda: a < b, lambda: a // b, lambda: a % b, lambda: divmod(a, b), lambda: a / 0, lambda: 0j ** -1, lambda: int(a), lambda: float(a), lambda: round(a), lambda: 0j ** 1j]:
    try:
        print(op())
    except Exception as e:
        print(type(e).__name__, e)
print(hash(3 + 0j) == hash(3), hash(1j) == hash(1j), complex.__add__(1j, 1), (1j).__radd__(2), (1j).__mul__("x"), 1j * True, 1e308j * 10, complex(1e308, 1e308) * 2)
class C(complex):
    pass
c = C(1, 2)
print(c, type(c + 1).__name__, type(c.conjugate()).__name__, complex(c), type(complex(c)).__name__)
class CC:
    def __complex__(self):
        return 5j
print(complex(CC()))
try:
    complex(4, CC())
except TypeError as e:
    print("TypeError", e)
print(repr(complex(1e16, 1e-5)), repr(complex(0.1, 1/3)), str(-1j), repr(complex(-0.0, 1)), 1 + -0j, -(0j))
