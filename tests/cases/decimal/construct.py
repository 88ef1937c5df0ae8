from decimal import Decimal, getcontext, InvalidOperation, Context
import decimal

for s in ['0', '-0', '1.23', '-4.5600', '1e3', '1E+3', '1.5e-7', '123E-10', '0E-8', '-0E+3',
          '  +1.5E+3 ', '-Inf', 'infinity', '+INFINITY', 'nan', 'NaN123', '-sNaN7', 'sNaN',
          '1.', '.5', '0.00', '1_000.5', '1__0', '12345678901234567890123456789012345',
          '0.000001', '0.0000001', '123456E-3', '1E+30', '-12.5e-20', 'NaN0012', '1e1_0',
          '\u0661\u0662', '0.1E-999999']:
    d = Decimal(s)
    print(repr(s), repr(d), str(d), d.as_tuple(), d.adjusted())

for s in ['abc', '', '.', 'e5', '1e', '1 2', 'nan1.2', 'Infinit', '1.2.3', '--1', '0x10', '1e+']:
    try:
        Decimal(s)
    except InvalidOperation as e:
        print(repr(s), type(e).__name__, e)

for i in [0, 1, -1, 10**40, -123456789]:
    print(repr(Decimal(i)))
for f in [0.1, -0.0, 0.5, 1e22, 2.5e-10, float('inf'), float('-inf'), float('nan'), 1/3]:
    print(repr(Decimal(f)), repr(Decimal.from_float(f)))
print(repr(Decimal(Decimal('1.50'))), repr(Decimal((0, (1, 2), -1))), repr(Decimal([1, (3,), 2])),
      repr(Decimal((0, (), 'n'))), repr(Decimal((1, (0,), 'F'))), repr(Decimal((0, (0, 0, 1), 0))))
for bad in [[1], (2, (1,), 0), (0, (12,), 0), (0, [1], 0), (0, (1,), 'x'), (0, (1,), 1.5)]:
    try:
        Decimal(bad)
    except ValueError as e:
        print('ValueError', e)
for bad in [1j, None, [1, 2, 3, 4], {}]:
    try:
        Decimal(bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
c = Context(traps=[])
print(repr(Decimal('junk', c)), c.flags[InvalidOperation])
print(Decimal.from_float(3), type(Decimal.from_float(0.25)).__name__)


class MyDec(Decimal):
    pass


m = MyDec('1.5')
print(type(m).__name__, repr(m), isinstance(m, Decimal), m + 1)
import numbers
print(isinstance(Decimal(1), numbers.Number), isinstance(Decimal(1), numbers.Real))
