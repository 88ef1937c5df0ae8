# subclasses of int, float, complex: overriding and inheriting operators
def show(f):
    try:
        r = f()
        print(repr(r), type(r).__name__)
    except Exception as e:
        print(type(e).__name__, e)

class I(int):
    def __add__(self, o): return "I.add"
    def __radd__(self, o): return "I.radd"
    def __abs__(self): return "I.abs"
    def __repr__(self): return f"I({int(self)})"
class J(int):
    pass
class F(float):
    def __abs__(self): return "F.abs"
    def __round__(self, n=None): return ("F.round", n)
class G(float):
    pass
class C(complex):
    def __abs__(self): return "C.abs"

show(lambda: I(3) + 1)
show(lambda: 1 + I(3))
show(lambda: I(3) + I(4))
show(lambda: J(3) + I(4))
show(lambda: I(3) - 1)
show(lambda: abs(I(-3)))
show(lambda: abs(J(-3)))
show(lambda: abs(F(-2.5)))
show(lambda: abs(G(-2.5)))
show(lambda: abs(C(3, 4)))
show(lambda: abs(complex(3, 4)))
show(lambda: round(F(2.5)))
show(lambda: round(F(2.5), 1))
show(lambda: round(G(2.5)))
show(lambda: round(G(2.675), 2))
show(lambda: round(J(15), -1))
show(lambda: I(5))
show(lambda: str(I(5)))
show(lambda: J(5) == 5)
show(lambda: hash(J(5)) == hash(5))
show(lambda: {J(5): 1}[5])
show(lambda: J(2) ** 10)
show(lambda: J(7) // 2)
show(lambda: divmod(J(7), 2))
show(lambda: divmod(G(7.5), 2))
show(lambda: divmod(7, G(2.0)))
show(lambda: G(1.5) * 2)
show(lambda: 2 * G(1.5))
show(lambda: -G(1.5))
show(lambda: -J(3))
show(lambda: ~J(3))
show(lambda: J(3) << 2)
show(lambda: J(6) & 3)
show(lambda: float(J(3)))
show(lambda: int(G(3.9)))
show(lambda: G(3.9).is_integer())
show(lambda: J(10).bit_length())
show(lambda: J(10).to_bytes(2, "big"))
show(lambda: [10, 20, 30][J(1)])
show(lambda: range(J(3)))
show(lambda: bool(J(0)))
show(lambda: J(3) < G(3.5))
show(lambda: G(3.5) > J(3))
show(lambda: C(1, 2) + 1)
show(lambda: C(1, 2) == complex(1, 2))
show(lambda: sum([J(1), J(2)]))
show(lambda: max(J(1), G(0.5)))
show(lambda: sorted([G(2.5), J(1), 3]))
show(lambda: pow(J(2), 10, 7))
show(lambda: J.from_bytes(b"\x01\x00", "big"))
show(lambda: G.fromhex("0x1p3"))
show(lambda: f"{J(42)}")
show(lambda: "%d" % J(42))
show(lambda: J(42).real)
show(lambda: G(4.5).real)
show(lambda: J(42).numerator)
show(lambda: G(4.5).as_integer_ratio())
class K(int):
    def __index__(self): return 99
show(lambda: [0] * K(2))
show(lambda: hex(K(16)))
class MyBool:
    def __bool__(self): return False
show(lambda: not MyBool())
