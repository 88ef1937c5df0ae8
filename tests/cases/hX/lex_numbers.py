print(1_000, 0x_ff, 0o_17, 0b_1010, 0XAB, 0O7, 0B1, 1_0.0_1, 1e1_0, 1_0j, 0j, 1.5J)
print(0, 00, 0_0, 0.0, .5, 5., 1e-3, 1E+3, 1.e2, .1e1)
print(123456789012345678901234567890, 0xFFFFFFFFFFFFFFFFFFFF, -0o777777777777777777777777)
print(1e400, -1e400, 1e-400, 0e0, 3.14_15)
print(type(1j), 1j * 1j, 2j ** 2, (1+2j).real, (1+2j).imag)
print(1 if 1else 2)
print(0x1for_ in [1])  if False else print([0x1 for _ in [1]])
print(1.__class__ if False else (1).__class__, 1.0.__class__, 1 .__class__)
for src in ['1__0', '1_', '0x_', '0_7', '07', '1e', '1e+', '0b2', '0o8', '0xg', '1.e_1', '1_.0', '0b1_', '09', '1.2.3', '1__j', '0x1.0', '00_1']:
    try:
        print(src, eval(src))
    except SyntaxError as e:
        print(src, 'SyntaxError:', e.msg, e.offset)
print(int('1_000'), float('1_0.5'), complex('1_0j'))
for s in ['_1', '1__0', '1_', '0x_1']:
    try:
        print(int(s, 0))
    except ValueError as e:
        print('ValueError', e)
print(0.1 + 0.2, 1/3, 2**0.5, 1e16, 1e15, 123456789.123456789, 1e22, 1e-5, 0.0001)
print(repr(-0.0), 5e-324, 1.7976931348623157e308)
