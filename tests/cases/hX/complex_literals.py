vals = [0j, -0j, 1j, -1j, 1+0j, -1-0j, 0-0j, -0.0+0j, 1e-310j, 1e300j * 1e10, complex(float('nan'), 1), complex(1, float('-inf')), complex(-0.0, -0.0), 1.5e16j, 123456789012345678j, 2j ** 0.5, (1+2j) / (3-4j), (1+2j) ** 2, 1j ** 1j]
for v in vals:
    print(repr(v), str(v), format(v, ''), format(v, '.2f'), format(v, 'g'), abs(v) if v == v else 'nan')
for s in ['1+2j', ' 1+2j ', '(1+2j)', '1e5j', '-j', 'j', '+1.5e-3-2.5E+4J', 'nan+infj', '1 + 2j', '', '1+', 'j1', '()', '1e400j', '-0j', '0x1j']:
    try: print(repr(s), complex(s))
    except ValueError as e: print(repr(s), 'ValueError', e)
print(complex(1, 2) == 1+2j, complex('1') == 1, hash(1+0j) == hash(1), (1+2j).conjugate(), complex(real=1, imag=2))
try: complex('1', 2)
except TypeError as e: print(e)
try: complex(1j, 1j)
except TypeError as e: print(e)
print(complex(1j, 1j), complex(1+1j, 2))
try: (1+2j) // 1
except TypeError as e: print(e)
try: (1+2j) % 1
except TypeError as e: print(e)
try: int(1j)
except TypeError as e: print(e)
try: float(1j)
except TypeError as e: print(e)
try: 0j ** -1
except ZeroDivisionError as e: print(e)
print(0j ** 0, 0j ** 0j, pow(1j, 2), 1j ** 2, (-1) ** 0.5, (-8) ** (1 / 3))
