# big ints at boundaries in every operator, mixed with floats and bools
vals = [0, 1, -1, 2**31-1, 2**31, -2**31, 2**32, 2**63-1, 2**63, -2**63, 2**64, 2**64-1, 10**30, -10**30, True, False]
for a in vals[:10]:
    for b in [1, -1, 3, -7, 2**64, -2**64+1, True]:
        print(a, b, a+b, a-b, a*b, a//b, a%b, divmod(a,b), a&b, a|b, a^b)
for a in [2**64, -2**64, 10**20+1]:
    print(a << 3, a >> 3, a >> 100, -a >> 100, a << 0, ~a, -a, +a, abs(-a))
    print(a ** 2, a ** 0, pow(a, 2, 97), pow(a, -1, 97) if a % 97 else None)
for a, b in [(2**64, 1.5), (10**20, 0.1), (-2**63, 2.0), (True, 2**70), (2**53+1, 1.0)]:
    print(a + b, a - b, a * b, a / b, a // b, a % b)
print(2**53 + 1 == float(2**53 + 1), float(2**53+1), int(float(2**53+1)))
print(2**53 + 1 < 2.0**53 + 2, 2**53+1 > 2.0**53, 10**400 > 1e308, 10**400 < float('inf'))
print(-10**400 < float('-inf'), 10**400 == float('inf'))
try:
    float(2**1024)
except OverflowError as e:
    print(type(e).__name__, e)
try:
    2**1024 + 0.5
except OverflowError as e:
    print(type(e).__name__, e)
try:
    2**1024 / 1
except OverflowError as e:
    print(type(e).__name__, e)
print(2**1024 // 1 == 2**1024, (2**1024) / (2**1023), 10**400 / 10**399)
print((10**30+1)/10**30, 1/(3*10**20), (2**64+1)/3, -(2**80)/7)
print(int(1e300) == 10**300, int(1e300) % 10**10, int(-1e20), int(1.5e16))
for bad in [float('inf'), float('-inf'), float('nan')]:
    try:
        int(bad)
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
print(float(2**1023 * 2 - 2**970) if False else float(2**1024 - 2**970 - 1))
try:
    print(float(2**1024 - 2**970))
except OverflowError as e:
    print("overflow", e)
print(True + True, True * 10**20, -True, ~True, True << 70, True / 2, False ** 0)
print(7 // -2, -7 // 2, 7 % -2, -7 % 2, divmod(-7, 2), divmod(7, -2))
print(pow(2, -2), pow(-2, -3), pow(0, 0), 0 ** 0.0)
try:
    0 ** -1
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    10**20 // 0
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    10**20 % 0
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    divmod(10**20, 0.0)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    1 << -1
except ValueError as e:
    print(type(e).__name__, e)
try:
    pow(2, 3, 0)
except ValueError as e:
    print(type(e).__name__, e)
try:
    pow(2, -1, 4)
except ValueError as e:
    print(type(e).__name__, e)
try:
    pow(2.0, 3, 5)
except TypeError as e:
    print(type(e).__name__, e)
print((2**100).bit_length(), (-2**100).bit_length(), (255).to_bytes(2, 'big'), int.from_bytes(b'\xff\xff', 'little', signed=True))
print((2**64).bit_count(), (-1).bit_count(), (10**20).as_integer_ratio(), int.__index__(5))
print(hex(2**64), oct(-2**64), bin(-5), hex(-0))
print(int('1'*50), int('-0x1f', 16), int('0b101', 0), int(' 42 '), int('1_000'))
for s in ['1__0', '_1', '0x', '', '12a', '1.5']:
    try:
        int(s, 0)
    except ValueError as e:
        print(type(e).__name__, e)
print(round(2**70, -5), round(-15, -1), round(25, -1), round(35, -1), round(10**20+5, -1))
print(abs(-2**63), -(-2**63), (-2**63) // -1, (-2**63) * -1)
print(10**20 * 1.0 == 10**20, 3 * 2.5, 2**64 == 2.0**64, hash(2**64) == hash(2.0**64))
