big = 2**100
print(big, -big, big // 7, big % 7, -big // 7, -big % 7, divmod(-big, 7), divmod(big, -7))
print(divmod(-7, 2), divmod(7, -2), divmod(-7, -2), -7 // 2, -7 % 2, 7 % -2, -7.5 // 2, -7.5 % 2, divmod(-7.5, 2))
print(pow(3, 100, 7), pow(-3, 3, 7), pow(3, -1, 7), pow(-2, 3), pow(2, -2), pow(-8, 1/3) if False else 0, pow(0, 0), 0.0 ** 0)
print(2 ** 0.5, (-8) ** (1/3), (-1) ** 0.5, 10 ** -3, 10 ** 20, 10.0 ** 20, 2 ** 62, 2 ** 63, 2 ** 64, -2 ** 63)
print(1 << 100, (1 << 100) >> 99, -1 >> 10, -256 >> 4, 5 & -3, 5 | -3, 5 ^ -3, ~0, ~-1, ~big)
print((2**64 - 1) & 0xFFFF, big | 1, big ^ big, -big & 0xFF, (-big) >> 3)
for e in [lambda: 1 << -1, lambda: 1 >> -1, lambda: 1 << 1.0, lambda: 2 ** 10000.0, lambda: 10.0 ** 400, lambda: float(10 ** 400), lambda: 10 ** 400 / 1, lambda: int('9' * 5000)]:
    try:
        print(e())
    except Exception as ex:
        print(type(ex).__name__, ex)
print(int('  0x1F ', 0), int('0b101', 0), int('0o17', 0), int('1_000', 0), int('  -42\n'), int('+7'), int('z', 36), int('Z', 36), int('0x1f', 16), int('1f', 16), int('0b11', 2), int('٣'))
for s, b in [('012', 0), ('0x', 16), ('1__0', 10), ('_1', 10), ('1_', 10), ('', 10), (' ', 10), ('1.5', 10), ('0b2', 0), ('08', 0), ('00', 0), ('0_0', 0)]:
    try:
        print(repr(s), b, int(s, b))
    except ValueError as ex:
        print(ex)
print(bin(0), bin(-5), bin(big), oct(-8), hex(-255), hex(big), hex(0))
print(format(255, '#010x'), format(-255, '#010x'), format(255, '08b'), format(5, '#b'), f'{-5:#06b}', f'{10:#o}', f'{3:+#x}')
print((255).to_bytes(2, 'big'), (255).to_bytes(2, 'little'), (-1).to_bytes(2, 'big', signed=True), int.from_bytes(b'\xff\x00', 'big'), int.from_bytes(b'\xff', 'big', signed=True), (1024).to_bytes(2, byteorder='big'))
try:
    (256).to_bytes(1, 'big')
except OverflowError as ex:
    print(ex)
try:
    (-1).to_bytes(1, 'big')
except OverflowError as ex:
    print(ex)
print((10).bit_length(), (-10).bit_length(), (0).bit_length(), big.bit_length(), (255).bit_count(), (-7).bit_count())
print((6).as_integer_ratio(), (0.75).as_integer_ratio(), (-0.1).as_integer_ratio(), (3).conjugate(), (3).numerator, (3).denominator, (3).real, (3).imag)
print(int.__name__, int(True), int(3.99), int(-3.99), int(1e20), round(2.5), round(3.5), round(-2.5), round(0.125, 2), round(1234, -2), round(1250, -2), round(1350, -2), round(-1250, -2), round(2.675, 2))
print(round(1.5), type(round(1.5)).__name__, round(1.5, 0), type(round(1.5, None)).__name__, round(5, 1), round(float('inf'), 2))
for e in [lambda: round(float('inf')), lambda: round(float('nan')), lambda: int('1' * 5, 1), lambda: float('1e500'), lambda: float('-1e500'), lambda: float(' nan '), lambda: float('infinity'), lambda: float('-iNF'), lambda: float('1_0.5'), lambda: float('1__0')]:
    try:
        print(e())
    except Exception as ex:
        print(type(ex).__name__, ex)
print(0.1 + 0.2, 1 / 3, 2 / 3, 1e16, 1e15, 123456789012345678.0, 1e-5, 0.0001, 1.0, -0.0, 5e-324, 1.7976931348623157e308, 1e22, 1e21, 1.5e-7)
print(repr(0.1), str(1e100), float('0.1'), 3.0 * 1.1, 100.0 / 3, 2.5e-10 * 3)
print((0.5).hex(), float.fromhex('0x1.8p1'), (1.0).is_integer(), (1.5).is_integer(), float.fromhex('-0x1p-1074'), (-0.0).hex(), float('inf').hex() if False else '')
print(-0.0 == 0.0, str(-0.0), abs(-0.0), -0.0 + 0.0, 0.0 * -1, max(0.0, -0.0), min(-0.0, 0.0), round(-0.4), round(-0.4, 1))
import math
print(math.copysign(1, -0.0), math.isnan(float('nan')), float('nan') == float('nan'), float('inf') - float('inf'), float('inf') * 0, 1e308 * 10, -1e308 * 10)
print(complex(1, 2), complex('1+2j'), complex(' (3-4j) '), complex(1.5), complex('j'), complex('-j'), 1j ** 2, (1 + 2j) * (3 - 1j), (1+2j) / (3-4j), abs(3 + 4j), (2j).conjugate())
print(complex(0, -0.0), -1j, 0j, -(0j), complex(-0.0, -0.0), 1e300j * 1e10, complex(float('nan'), 1), 1 + 0j == 1, complex(1, 2) == (1 + 2j))
print((1+2j).real, (1+2j).imag, repr(2.5j), str(1+0j), -2j + 3, complex(2), complex('1e3j'), complex(True, False))
for e in [lambda: complex('1+2'), lambda: complex('abc'), lambda: complex(1, 'a'), lambda: complex('1', 2), lambda: int(1j), lambda: float(1j), lambda: 1j % 2, lambda: 1j // 2, lambda: divmod(1j, 1), lambda: 0j ** -1, lambda: round(1j), lambda: (1j).__round__()]:
    try:
        print(e())
    except Exception as ex:
        print(type(ex).__name__, ex)
print(sum([0.1] * 10), sum([1, 2], 10), sum(range(101)), sum([1.5, 2.5], start=1), sum([[1], [2]], []), sum([1, 2.5, 3j]))
print(abs(-5), abs(-5.5), abs(big * -1) == big, abs(True), max(1, 2.0), max(2.0, 2), min(2, 2.0), max([1, 3, 2], key=lambda x: -x), min('abc', 'ab', key=len), max([], default='empty'), max((), key=len, default=0))
print(isinstance(True, int), issubclass(bool, int), True + True, True * 3, -True, ~True, True / 2, True // 1, bool(-0.0), bool(0j), bool(' '), bool([]))
print(int.__add__(1, 2), float.__add__(1.0, 2), int.__add__(1, 2.0), (5).__rsub__(3), (2.0).__rpow__(3), (7).__floordiv__(2), (7).__rtruediv__(14))
