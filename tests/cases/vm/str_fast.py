# str() of ints and of other values through the fast paths, as CPython prints them.
for v in (0, 7, -1, 10, -10, 123456789, 9223372036854775807, -9223372036854775808, 2**63, -2**63-1, True, None, 1.5):
    print(str(v), repr(v), f"{v}")
class S(str): pass
print(type(str(S("ab"))).__name__, str(), str(b"x", "ascii"), str(object=5))
