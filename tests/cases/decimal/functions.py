from decimal import Decimal as D, localcontext, Context, InvalidOperation, getcontext

for v in ['2', '100', '0.0100', '1e-3', '-0', '0', '16', '1.44', '10', '0.5', '1E+7', '3.0000',
          '123456789', '0.000000001', '1E+1001', 'Infinity']:
    print('sqrt', v, repr(D(v).sqrt()))
for v in ['1', '0', '-1', '2.5', '10', '-10', '0.001', '100', '1E-10', '-Infinity', 'Infinity', '1E+2']:
    print('exp', v, repr(D(v).exp()))
for v in ['1', '10', '2', '0.5', '100', '1.000', '1E+10', '3.14159', '0.001', '1E-100', 'Infinity', '0',
          '7E+500']:
    print('ln', v, repr(D(v).ln()), 'log10', repr(D(v).log10()))
with localcontext() as c:
    c.prec = 50
    print(D(2).sqrt(), D(1).exp(), D(2).ln(), D(3).log10(), D(10).ln())
    c.prec = 5
    print(D(2).sqrt(), D(1).exp(), D(2).ln(), D(3).log10(), D(7).sqrt())
c = Context(traps=[])
for v in ['-1', '-Infinity', 'NaN', 'sNaN']:
    c.clear_flags()
    print(v, repr(D(v).sqrt(c)), repr(D(v).ln(c)), repr(D(v).exp(c)), c.flags[InvalidOperation])
print(D(0).ln(c), D(0).log10(c), c.flags[InvalidOperation])
for expr in ["D(-1).sqrt()", "D(-2).ln()", "D(-2).log10()"]:
    try:
        eval(expr)
    except InvalidOperation as e:
        print(expr, 'InvalidOperation', e)
for b, e in [('2', '10'), ('2', '-2'), ('1.0', '-1'), ('1.0', '2'), ('0.0', '2'), ('2', '200'),
             ('-2', '3'), ('10', '-3'), ('2.5', '3'), ('1.00', '3'), ('4', '0.5'), ('2', '1.5'),
             ('-2', '2.0'), ('3', '0'), ('1', '1e100'), ('0', '-1'), ('Infinity', '-1'),
             ('-Infinity', '3'), ('9', '0.5'), ('1.21', '0.5'), ('10', '0.3')]:
    try:
        r = repr(D(b) ** D(e))
    except InvalidOperation as x:
        r = 'InvalidOperation ' + str(x)
    print(b, '**', e, '=', r)
print(D(2) ** 3, 2 ** D(3), pow(D(3), 4, 5), pow(D(-3), 3, 7), D(2) ** -1)
for expr in ["D(0) ** 0", "D(-8) ** D('0.5')", "pow(D(3), D('0.5'), 5)"]:
    try:
        eval(expr)
    except InvalidOperation as e:
        print(expr, 'InvalidOperation', e)
print(D('1.5').fma(2, D('0.25')), D(2).scaleb(3), D('1.23').scaleb(-2), D(100).logb(), D('0.05').logb())
print(D('1.5').next_plus(), D('1.5').next_minus(), D(0).next_plus(), D('-1').next_minus(),
      D('Infinity').next_minus(), D(1).next_toward(2), D(1).next_toward(0))
print(D('10').remainder_near(3), D('11').remainder_near(3), D('-10').remainder_near(6))
print(D('1.5').copy_abs(), D('-1.5').copy_abs(), D('1.5').copy_negate(), D('1.5').copy_sign(D('-0')))
for v in ['1', '-0', '0', 'inf', '-inf', 'nan', 'snan', '1E-1000000', '-5E-999999']:
    d = D(v)
    print(v, d.is_zero(), d.is_signed(), d.is_finite(), d.is_infinite(), d.is_nan(), d.is_qnan(),
          d.is_snan(), d.is_normal(), d.is_subnormal(), d.number_class(), d.is_canonical())
print(D('1.5').same_quantum(D('2.5')), D('1.5').same_quantum(D('2')), D('inf').same_quantum(D('-inf')))
