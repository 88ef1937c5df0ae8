import math, sys
def pi_digits(n):
    # Machin formula with integers
    def arccot(x, unity):
        total = term = unity // x
        x2 = x * x
        k = 3
        sign = -1
        while term:
            term //= x2
            total += sign * (term // k)
            sign = -sign
            k += 2
        return total
    unity = 10 ** (n + 10)
    pi = 4 * (4 * arccot(5, unity) - arccot(239, unity))
    return pi // 10 ** 10
p = pi_digits(3000)
print(str(p)[:50], str(p)[-20:], len(str(p)))
a, b = 0, 1
for _ in range(20000):
    a, b = b, a + b
print(a % 10**20, a.bit_length(), len(hex(a)))
f = math.factorial(1000)
print(f % (10**9 + 7), len(str(f)), sum(int(c) for c in str(f)))
print(pow(3, 10**6, 10**9 + 7), pow(2, 2**100, 1000003), pow(12345, -1, 10**9 + 7))
x = 7 ** 2000
print(x // 3 ** 1000 % 1000, x % 3**1000 % 1000, (x * x) >> 5000 & 0xFFFF, math.isqrt(x) % 10**6, math.gcd(x, 21**500).bit_length())
print(str(2**14000)[:30], int('9' * 4000) % 97)
try:
    print(len(str(2**15000)))
except ValueError as e:
    print(type(e).__name__, e)
sys.set_int_max_str_digits(0)
print(len(str(2**100000)), str(3**50000)[:20])
try:
    sys.set_int_max_str_digits(100)
except ValueError as e:
    print(type(e).__name__, e)
sys.set_int_max_str_digits(640)
try:
    int('1' * 641)
except ValueError as e:
    print(type(e).__name__, e)
print(int('1' * 640) % 7, f'{10**639:,}'[:10])
try:
    f'{10**700:d}'
except ValueError as e:
    print(type(e).__name__, e)
print(10**700 / 10**699, float(10**700 // 10**690), (10**700).bit_length(), hex(10**700)[:10])
