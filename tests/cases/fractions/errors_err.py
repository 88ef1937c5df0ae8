from fractions import Fraction

print(Fraction(3, 4) + Fraction(1, 4))
x = Fraction(3, 2)
try:
    x / 0
except ZeroDivisionError as e:
    print('caught', e)
try:
    Fraction(1, 0)
except ZeroDivisionError as e:
    err = e
raise ZeroDivisionError(*err.args)
