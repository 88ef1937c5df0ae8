class X:
    def __radd__(self, o): return "X.radd"
    def __rmul__(self, o): return "X.rmul"
class L0(list): pass
class BA0(bytearray): pass
class LI(list):
    def __iadd__(self, o): return "LI.iadd"
for C in (L0, BA0, LI, list, bytearray, tuple, bytes, str):
    for op in ("+=", "*="):
        x = C()
        try:
            exec("x " + op + " X()")
            print(C.__name__, op, x)
        except Exception as e:
            print(C.__name__, op, type(e).__name__, e)
for C in (L0, BA0, LI, list, bytearray, tuple, bytes, str):
    for op in ("+", "*"):
        x = C()
        try:
            print(C.__name__, op, eval("x " + op + " X()"))
        except Exception as e:
            print(C.__name__, op, type(e).__name__, e)
for f in ["x = L0(); x *= object()", "x = BA0(); x *= object()", "[].__imul__(object())", "bytearray().__imul__(object())", "[].__imul__(2.0)", "x=L0(); x *= 2.0", "x=[]; x*=2.0", "x=BA0(); x+= 5", "bytearray().__iadd__(5)", "x = L0([1]); x *= 2; print(x, type(x))"]:
    try:
        exec(f); print("ok", f)
    except Exception as e:
        print(f, type(e).__name__, e)
for f in ["[].__mul__(2.0)", "[].__rmul__(2.0)", "().__mul__(2.0)", "'a'.__mul__(2.0)", "'a'.__rmul__(None)", "b''.__mul__(2.0)", "bytearray().__mul__(2.0)", "bytearray().__imul__(2.0)", "[].__imul__(2.0)", "[].__imul__(2**100)", "[1].__mul__(2**100)", "[].__add__(())", "b''.__add__(1)", "'a'.__add__(1)", "().__add__([])", "bytearray().__add__(1)"]:
    try:
        print(f, eval(f))
    except Exception as e:
        print(f, type(e).__name__, e)
