from fractions import Fraction as F

for base in [F(2, 3), F(-3, 2), F(0), F(1), F(-1), F(5)]:
    for e in [0, 1, 2, 3, -1, -2, -3, F(2), F(-2), F(1, 2), 0.5, 2.0]:
        try:
            r = base ** e
        except ZeroDivisionError as ex:
            r = 'ZeroDivisionError: ' + str(ex)
        print(repr(base), '**', repr(e), '=', repr(r))

for base in [2, -2, 4, 0.25, 2.0, 1j]:
    for e in [F(2), F(-2), F(1, 2), F(3, 1), F(0)]:
        try:
            r = base ** e
        except ZeroDivisionError as ex:
            r = 'ZeroDivisionError: ' + str(ex)
        print(repr(base), '**', repr(e), '=', repr(r))
print(pow(F(3, 4), 3), F(9, 4) ** F(1, 2))
