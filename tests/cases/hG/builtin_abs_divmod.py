for v in [0, -0, 1, -1, 2**30, -2**30, 2**31, -2**31, 2**62, -2**62, 2**63, -2**63, 2**64, -2**64, 1.5, -1.5, -0.0, float('inf'), float('-inf'), True, False, 3+4j, -3-4j]:
    print(repr(v), abs(v))
for a in [7, -7, 0, 2**63, -2**63, 2**64 + 3, 7.5, -7.5]:
    for b in [3, -3, 2**31, -2**31, 2**65, 0.5, -2.5]:
        try:
            print(a, b, divmod(a, b), a // b, a % b)
        except ZeroDivisionError as e:
            print("ZDE", e)
for a, b in [(1, 0), (1.0, 0), (1, 0.0), (0, 0), (2**70, 0)]:
    try:
        divmod(a, b)
    except ZeroDivisionError as e:
        print("ZeroDivisionError", e)
    try:
        a // b
    except ZeroDivisionError as e:
        print("ZeroDivisionError", e)
    try:
        a % b
    except ZeroDivisionError as e:
        print("ZeroDivisionError", e)
try:
    divmod(1j, 1)
except TypeError as e:
    print("TypeError", e)
try:
    abs("x")
except TypeError as e:
    print("TypeError", e)
class A:
    def __abs__(self): return 42
    def __divmod__(self, o): return ("dm", o)
    def __rdivmod__(self, o): return ("rdm", o)
print(abs(A()), divmod(A(), 3), divmod(3, A()))
print(divmod(-0.0, 1.0), divmod(0.0, -1.0), divmod(float('inf'), 1.0) if False else 0)
print(divmod(5, True), divmod(True, 2))
print(divmod(1e308, 1e-308))
