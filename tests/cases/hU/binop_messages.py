class V:
    pass
import operator
ops = ["add", "sub", "mul", "matmul", "truediv", "floordiv", "mod", "pow", "lshift", "rshift", "and", "or", "xor"]
for op in ops:
    f = getattr(operator, op if op not in ("and", "or") else op + "_")
    for a, b in ((V(), 1), (1, V()), ("s", 1.5), ([], ()), (None, None)):
        try:
            f(a, b)
            print(op, "ok")
        except TypeError as e:
            print(op, e)
for op in ["iadd", "isub", "imul", "imatmul", "itruediv", "ifloordiv", "imod", "ipow", "ilshift", "irshift", "iand", "ior", "ixor"]:
    try:
        getattr(operator, op)(V(), 1)
    except TypeError as e:
        print(op, e)
class P2:
    def __pow__(self, e):
        return "pow2"
    def __rpow__(self, b):
        return "rpow2"
print(P2() ** 2, 2 ** P2(), pow(P2(), 2))
try:
    pow(P2(), 2, 3)
except TypeError as e:
    print(e)
try:
    pow(2, P2(), 3)
except TypeError as e:
    print(e)
try:
    pow(V(), 2, 3)
except TypeError as e:
    print(e)
try:
    pow(2, 2, V())
except TypeError as e:
    print(e)
class P3:
    def __pow__(self, e, m=None):
        return ("pow3", e, m)
    def __rpow__(self, b, m=None):
        return ("rpow3", b, m)
print(pow(P3(), 2, 3), pow(2, P3()), (P3() ** P3())[0])
try:
    print(pow(2, 3, P3()))
except TypeError as e:
    print(e)
class NI:
    def __add__(self, o): return NotImplemented
    def __radd__(self, o): return NotImplemented
    def __lt__(self, o): return NotImplemented
    def __gt__(self, o): return NotImplemented
try:
    NI() + NI()
except TypeError as e:
    print(e)
try:
    NI() < NI()
except TypeError as e:
    print(e)
try:
    NI() < 1
except TypeError as e:
    print(e)
try:
    sorted([NI(), NI()])
except TypeError as e:
    print(e)
for a, b in ((1, "a"), ("a", 1), ([1], 1), ((), []), ({}, {}), ({1}, [1]), (1j, 2j), (None, 1)):
    for name, f in (("<", operator.lt), ("<=", operator.le), (">", operator.gt), (">=", operator.ge)):
        try:
            f(a, b)
        except TypeError as e:
            print(name, e)
print({1} < {1, 2}, {1} <= {1}, frozenset({1}) > set(), [1, 2] < [1, 3], (1,) >= (1,))
