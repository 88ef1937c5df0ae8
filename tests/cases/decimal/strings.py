from decimal import Decimal, Context, getcontext, localcontext

vals = ['123', '-123', '1.23E+3', '1.23E+5', '12.3', '0.00123', '-1.23E-10', '0E+2', '0E-7',
        '-0E+1', '5E-6', '50E-7', '1234567E-15', '0.000001', '0.0000001', '1E+1', '10E+2',
        '123.4E+5', 'NaN', '-sNaN12', 'Infinity', '-Inf', '0.00', '1E-7', '1.000E+6',
        '0E+1', '0E+2', '0E+3', '0E-1', '0E-2', '0E-3', '0E-8', '0E-9', '-0E-10', '12E+3',
        '123E+3', '1234E+3', '0.5E-2', '1E+999999', '9.99999E-999998']
for v in vals:
    d = Decimal(v)
    print(v, str(d), repr(d), d.to_eng_string(), '%s' % d, f'{d}')
with localcontext() as c:
    c.capitals = 0
    print(str(Decimal('1.5E+10')), Decimal('1E-9').to_eng_string(), repr(Decimal('1e5')))
print(getcontext().to_sci_string(Decimal('1E+3')), getcontext().to_eng_string(Decimal('1E+4')))
print(Decimal('1.23').as_tuple(), Decimal('-0').as_tuple(), Decimal('nan').as_tuple(),
      Decimal('-inf').as_tuple(), Decimal('sNaN5').as_tuple())
t = Decimal('-4.560').as_tuple()
print(t.sign, t.digits, t.exponent, t._fields, type(t).__name__)
print(Decimal('12.500').adjusted(), Decimal('0.001').adjusted(), Decimal('1E+5').adjusted(),
      Decimal('inf').adjusted())
print(Decimal('3.75').as_integer_ratio(), Decimal('-100').as_integer_ratio(),
      Decimal('0.000').as_integer_ratio(), Decimal('1E+3').as_integer_ratio())
for v in ['12.00', '-0.00', '1E+2', '120', '0.0001000', '1000000', 'inf', '-NaN', '0E+5']:
    print(v, repr(Decimal(v).normalize()))
with localcontext(prec=3):
    print(repr(Decimal('12345').normalize()), repr(Decimal('1.2346').normalize()))
print([str(Decimal(i) / 8) for i in range(-3, 12)])
