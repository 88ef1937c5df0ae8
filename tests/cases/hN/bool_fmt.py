import enum
print(format(True), format(True, ''), format(True, 'd'), format(True, '>5'), f'{True:5}', f'{False:<3}|', f'{True!s:5}|', '%s %d %r %5s' % (True, True, False, True))
print('{} {:} {:x} {:.2f}'.format(True, False, True, True), f'{True:b}', f'{True:c}' == '\x01', f'{True:,}', str(True), repr(False))
class Color(enum.IntEnum):
    RED = 1
    GREEN = 2
class Fl(enum.IntFlag):
    A = 1
    B = 2
class S(str, enum.Enum):
    X = 'x'
print(format(Color.RED), f'{Color.GREEN}', f'{Color.RED:>5}', f'{Color.RED:d}', '%s %d' % (Color.RED, Color.GREEN), str(Color.RED), repr(Color.RED))
print(f'{Fl.A | Fl.B}', str(Fl.A | Fl.B), repr(Fl.A | Fl.B), format(Fl.B, '03'), f'{S.X}', str(S.X), f'{S.X:>3}', format(S.X))
class MyInt(int): pass
class MyStr(str): pass
class MyFloat(float):
    def __str__(self): return 'MF'
print(f'{MyInt(5)}', f'{MyInt(5):03}', format(MyStr('ab'), '>4'), f'{MyFloat(1.5)}', f'{MyFloat(1.5):}', f'{MyFloat(1.5):.2f}', '%s %r %f' % (MyFloat(1.5), MyFloat(1.5), MyFloat(1.5)), str(MyFloat(2)))
print('12'.zfill(5), '-12'.zfill(5), '+12'.zfill(2), 'abc'.zfill(6), ''.zfill(3), '-'.zfill(3), 'ab'.center(7, '*'), 'ab'.center(6, '-'), 'a'.center(4), 'abc'.ljust(2), 'x'.rjust(3, '0'))
try:
    'a'.center(5, 'ab')
except TypeError as e:
    print(type(e).__name__, e)
print('a\tb\tc'.expandtabs(), 'a\tbc\td'.expandtabs(3), '\t'.expandtabs(0), 'ab\n\tc'.expandtabs(4), repr('x\ty'.expandtabs(-1)))
print('%s' % 1.0, '%s' % 1e16, '%r' % 0.1, '%.3s' % 1.23456, '%5.1s|' % 'xyz', str(1.0), '%g' % 100000.0, '%g' % 1000000.0, '%g' % 1e-5, '%g' % 0.0001, '%.3g' % 1234.5, '%#.3g' % 1.0)
print('%10.4f|%-10.2e|%+.0f|%.0f|%.0f|%.0f' % (3.14159, 1234.5, 2.5, 0.5, 1.5, -0.5), '%e' % 0, '%f' % 10**20, '%.2f' % 2**0.5, '%d' % -0.0, '%i' % 1e20)
print(round(0.5), round(-0.5), round(1.5), round(-2.5), round(2.675, 2), round(1.005, 2), round(0.285, 2), round(1e-20, 25), round(123.456, -1), round(-123.456, -2), round(5, 2), round(1.25, 1), round(1.35, 1))
print(format(2**0.5, '.60f'), format(1e-310, '.3e'), format(0.1, '.25f'), format(1/3, '.17g'), format(1e22, 'f'), format(1e23, '.0f'), '%.60f' % 0.1)
print(format(123456789, ',').replace(',', '.'), format(-1234.5, '_.2f'), format(1234567, '_x'), format(10**8, '_b'), format(0.000001234, ',.10f'), format(1234, ',.0f'), format(-0.0, ',.1f'))
print(format(12345.6789, 'n'), format(1e20, 'n'), format(123, 'n'), format(0.1, 'n'), format(-5, '05n'))
