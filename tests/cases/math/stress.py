# Pseudo-random inputs: exact functions bit for bit, libm ones to 12 digits, big-int functions.
import math
state = 987654321
def rnd():
    global state
    state = (state * 6364136223846793005 + 1442695040888963407) % 2**64
    return state
def rfloat():
    r = rnd()
    m = (r >> 11) / 2**53
    e = (r % 200) - 100
    s = -1 if r & 1 else 1
    return s * m * 2.0**e
h = 0
for trial in range(2000):
    n = rnd() % 12
    xs = [rfloat() for _ in range(n)]
    vals = [math.fsum(xs), math.hypot(*xs), math.dist(xs, xs[::-1]), math.prod(xs)]
    for x in xs[:3]:
        vals += [math.sqrt(abs(x)), math.cbrt(x), math.remainder(x, 1.5), math.fmod(x, 0.7), math.frexp(x)[0], math.ldexp(x, -1070)]
        # C library functions: compared to 12 significant digits.
        vals += [float('%.12g' % v) for v in [math.gamma(abs(x) % 170 + 0.1), math.lgamma(abs(x) + 0.25), math.lgamma(-abs(x) - 0.25) if abs(x) < 1e15 and (abs(x)+0.25) % 1 else 0.0, math.erf(x), math.erfc(x), math.log(abs(x) + 1e-300), math.exp(x % 700), math.atan2(x, 0.3), math.pow(abs(x), 0.3)]]
    for v in vals:
        h = (h * 1000003 + hash(v)) % 2**61
print(h)
big = [rnd() * 2**(rnd() % 3000) for _ in range(300)]
print(sum(math.isqrt(b) % 1000 for b in big), ['%.12g' % math.log(b) for b in big[:5]], ['%.12g' % math.log10(b) for b in big[5:8]])
print(sum(math.comb(rnd() % 300, rnd() % 150) % 999 for _ in range(200)))
print(sum(math.gcd(rnd(), rnd() * 7, rnd() * 21) for _ in range(200)), math.lcm(*[rnd() % 1000 + 1 for _ in range(30)]))
