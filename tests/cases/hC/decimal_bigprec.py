import decimal
from decimal import Decimal as D
decimal.getcontext().prec = 5000
r = D(2).sqrt()
print(str(r)[:20], str(r)[-20:], len(str(r)))
big = D("1" * 6000)
print(str(big)[:10], big.adjusted(), len(str(big + 1)))
print(D(10 ** 5000).adjusted(), int(D(10) ** 4500) % 97, D(3) ** 6000 == D(3 ** 6000) if False else '')
print(f"{D(1) / 7:.50f}"[-10:], (D(1) / 3).quantize(D("1e-4800")).adjusted())
decimal.getcontext().prec = 28
print(D(1) / 7, D("1e-5000") * 2, D("123456789" * 600).adjusted())
print(len(str(D(2 ** 20000))), D(2 ** 20000).as_tuple()[2], D(11).logical_and(D(1)))
import sys
print(sys.get_int_max_str_digits())
try:
    str(10 ** 5000)
except ValueError as e:
    print("still limited")
