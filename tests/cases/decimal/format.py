from decimal import Decimal as D, localcontext, ROUND_DOWN

vals = ['0', '-0', '1', '-1.5', '1234567.891', '0.000123456', '1E+10', '-9.995', '2.5', '3.5',
        '123.456', '1E-10', '100', '0.5', '99.999', 'Infinity', '-Infinity', 'NaN', '12345678901234567890']
specs = ['', 'f', '.2f', '.0f', '.10f', 'e', '.3e', 'E', 'g', '.3g', '.10g', 'G', '%', '.1%',
         ',', ',.2f', '_.3f', '>12', '<12.1f', '^15.3f', '=+12.2f', '+', ' ', '012.3f', '*^20,.2f',
         '#.0f', '.0e', '#.0e', '.1g', '.0g', 'n', '.5n', 'z.1f', '-.3f']
for v in vals:
    d = D(v)
    row = []
    for s in specs:
        try:
            row.append(format(d, s))
        except ValueError as e:
            row.append('ValueError')
    print(v, row)
print(f'{D("3.14159"):.3f} {D("2.5"):08.2f} {D("1234.5"):,} {D("-0.001"):.1f}')
with localcontext() as c:
    c.rounding = ROUND_DOWN
    print(format(D('1.99'), '.1f'), format(D('-1.99'), '.0f'), format(D('1.55'), '.1e'))
for bad in ['.2x', 'q', '10..2f']:
    try:
        format(D(1), bad)
    except ValueError as e:
        print(bad, 'ValueError')
for v in ['1', '-1234.5', '1234567.891', '0.5', '-0.001']:
    print(v, [format(D(v), s) for s in ['08,.2f', '012,', '015,.3e', '+010.1%', ' 012.4g', '=10',
                                        '010', '^+11.2f', ',.0f', '012,.1f', '0=10']])
for s in ['.2', '10.3', '.0', '+.3', ',.5']:
    print(s, [format(D(v), s) for v in ['1234.5678', '0.000012345', '1E+10', '-7', '0']])
for bad in ['<010', '>08.2f', '*<010,']:
    try:
        format(D(1), bad)
    except ValueError as e:
        print(bad, 'ValueError', e)
