from decimal import Decimal as D, getcontext, localcontext

vals = [D('1.5'), D('-2.25'), D('0'), D('-0'), D('1E+3'), D('0.001'), D('7'), 3, -2,
        D('12345678901234567890.123456789'), D('Infinity'), D('-Infinity')]
ops = [('+', lambda x, y: x + y), ('-', lambda x, y: x - y), ('*', lambda x, y: x * y),
       ('/', lambda x, y: x / y), ('//', lambda x, y: x // y), ('%', lambda x, y: x % y),
       ('divmod', divmod)]
for x in vals:
    for y in vals:
        if not isinstance(x, D) and not isinstance(y, D):
            continue
        for name, op in ops:
            try:
                r = op(x, y)
            except Exception as e:
                r = type(e).__name__ + ': ' + str(e)
            print(repr(x), name, repr(y), '=', repr(r))
for x in [D('1.50'), D('-0'), D('0'), D('-3.7'), D('1E+2')]:
    print(repr(-x), repr(+x), repr(abs(x)), bool(x))
print(D(1) / D(3), D(2) / D(3), D(1) / D(7) * 7, D('1.0') / D('0.1'), D(100) / D(4))
print(D('0.1') + D('0.2'), D('0.1') * 3, sum([D('0.1')] * 10), D('1.1') * D('1.1'))
print(D('1E+2') + D('1'), D('1.000') + D('1'), D('5E-3') * D('2E+3'), D(10) / D('0.5'))
print(D(-7) // 2, D(-7) % 2, D(7) // -2, D(7) % -2, D('7.5') % 2, D('-7.5') // 2)
print(D(1) / 8, D(12) / D('1.20'), D(0) / 5, D('0.00') / D('0.1'), D(-1) / D('Infinity'))
print(D('9.99') + D('0.01'), D(2) ** 10, D('1.1') ** 2, D(10) ** -2, D('2.5') ** 3)
big = D('9' * 30)
print(big, +big, big + 1, big * big)
with localcontext() as ctx:
    ctx.prec = 5
    print(D(1) / D(3), D('123456789') + 0, D('1.23456789') * 1, D(2).sqrt(), +D('99999.5'))
