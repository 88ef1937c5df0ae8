# Integer powers with large exponents: exact where CPython is exact.
from decimal import *
c = Context(traps=[])
for b, e in [('10', -1000000), ('10', 999999), ('10', 1000000), ('0.1', 999999), ('100', -500000),
             ('2', 100000), ('1.5', 10000), ('-10', 333333), ('1E+5', -200001), ('0.01', 499999)]:
    c.clear_flags()
    r = c.power(Decimal(b), e)
    print(b, e, str(r)[:60], [k.__name__ for k, v in c.flags.items() if v])
