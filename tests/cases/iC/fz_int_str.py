import random
random.seed(2)
digits = '0123456789abcdefghijklmnopqrstuvwxyz'

def to_base(n, b):
    if n == 0:
        return '0'
    s = ''
    neg = n < 0
    n = abs(n)
    while n:
        s = digits[n % b] + s
        n //= b
    return ('-' if neg else '') + s

for i in range(600):
    b = random.randint(2, 36)
    n = random.randint(-10**random.randint(1, 30), 10**random.randint(1, 30))
    s = to_base(n, b)
    if random.random() < 0.3:
        s = s.upper()
    if random.random() < 0.2:
        s = ' ' + s + '\n'
    try:
        print(i, b, s.strip(), int(s, b) == n)
    except Exception as e:
        print(i, type(e).__name__, e)

odd = ['0x1f', '0X1F', '0o17', '0b101', '1_000', '1__0', '_1', '1_', '0_0', '00', '000', '0x', '0b',
       '+5', '-5', '--5', ' +  5', '5 ', '\t7\n', '', ' ', '1e3', '1.0', '٣', '١٢٣', '１２３', '0x_1f', '0b_1',
       '0o_7', '0_x1', '99999999999999999999999', '-0', '+0', 'abc', 'ZZ', 'zz', '0xg', '1 2', '0B11', '0O7',
       '\u00a0 12 \u2003', '12\x00', 'inf', 'nan', '0x1F_FF', '0_7', '07', '0800']
for s in odd:
    for b in (0, 10, 16, 2, 8, 36):
        try:
            print(repr(s), b, int(s, b))
        except Exception as e:
            print(repr(s), b, type(e).__name__, e)
for bad in (1, 37, -1, 100):
    try:
        int('10', bad)
    except Exception as e:
        print(bad, type(e).__name__, e)
for x in ('10', b'10', bytearray(b'12'), 3.7, -3.7, True, 10**20, '  0x10  '):
    try:
        print(repr(x), int(x))
    except Exception as e:
        print(repr(x), type(e).__name__, e)
try:
    int(10, 2)
except Exception as e:
    print(type(e).__name__, e)
try:
    int(b'z', 16)
except Exception as e:
    print(type(e).__name__, e)
try:
    int('q'*100)
except Exception as e:
    print(type(e).__name__, e)
for n in (0, 1, -1, 255, -255, 2**70, -2**70):
    print(bin(n), oct(n), hex(n), format(n, 'b'), format(n, '#o'), format(n, 'X'), format(n, '#_x'), format(n, '_b'))
