from fractions import Fraction as F
import math

pi = F(math.pi)
for m in [1, 2, 3, 7, 10, 100, 113, 1000, 10**6, 10**9]:
    print(m, repr(pi.limit_denominator(m)), repr((-pi).limit_denominator(m)))
print(repr(F('3.1415926535897932').limit_denominator(1000)))
print(repr(F(0.1).limit_denominator()), repr(F(1, 3).limit_denominator(2)))
print(repr(F(1, 4).limit_denominator(3)), repr(F(3, 4).limit_denominator(3)))
print(repr(F(5, 10).limit_denominator(1)), repr(F(3, 2).limit_denominator(1)))
print(repr(F(4321, 8765).limit_denominator(10000)), repr(F(1, 2).limit_denominator(1)))
e = F(math.e)
print([str(e.limit_denominator(n)) for n in range(1, 30)])
for bad in [0, -5]:
    try:
        F(1, 3).limit_denominator(bad)
    except ValueError as x:
        print('ValueError', x)
