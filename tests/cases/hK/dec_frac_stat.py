from decimal import Decimal, getcontext, localcontext, ROUND_HALF_UP, ROUND_DOWN, InvalidOperation, DivisionByZero, Context
from fractions import Fraction
import statistics as st
print(Decimal('1.10') + Decimal('2.205'), Decimal(0.1), Decimal('1e3'), Decimal(10) / 3, Decimal('-0'), Decimal('NaN'), Decimal('-Infinity'))
print(repr(Decimal('3.14')), Decimal('1.2345').quantize(Decimal('0.01')), Decimal('2.5').quantize(Decimal('1'), rounding=ROUND_HALF_UP), round(Decimal('2.675'), 2))
print(Decimal('7') // Decimal('-2'), Decimal('7') % Decimal('-2'), divmod(Decimal(7), 2), Decimal(2) ** Decimal('0.5'), Decimal(16).sqrt(), abs(Decimal('-1.5')))
print(Decimal('1.30').normalize(), Decimal('100').normalize(), Decimal('1.5').as_tuple(), Decimal('12.5').to_integral_value(), int(Decimal('-3.9')), float(Decimal('1.1')))
print(Decimal('1.5') == 1.5, Decimal(1) == 1, Decimal('0.1') < Decimal('0.2'), sorted([Decimal(3), Decimal('1.5'), 2]), Decimal('5').max(Decimal(7)))
print(f"{Decimal('1234.5678'):,.2f} {Decimal('0.5'):%} {Decimal('1e-10'):e} {Decimal('12'):>8}|")
with localcontext() as ctx:
    ctx.prec = 5; print(Decimal(1) / Decimal(7), Decimal('123456789') + 0)
for bad in [lambda: Decimal('abc'), lambda: Decimal(1) / 0, lambda: Decimal(0) / 0, lambda: Decimal('1') + 1.5, lambda: Decimal(-1).sqrt(), lambda: Decimal('1.5').quantize(Decimal('1e-100'))]:
    try: print(bad())
    except Exception as e: print(type(e).__name__, e)
print(getcontext().prec, Decimal('1.23E+5'), Decimal('0.000001'), Decimal('0.0000001'), Decimal(123).scaleb(2), Decimal('-5').copy_abs(), Decimal(5).is_signed())
print(Fraction(3, 6), Fraction('1.25'), Fraction(0.5), Fraction('-3/9'), repr(Fraction(1, 3)), Fraction(1, 3) + Fraction(1, 6), Fraction(2, 3) * 3, Fraction(1, 2) ** 2, Fraction(4) ** Fraction(1, 2))
print(Fraction(7, 2) // 1, Fraction(7, 2) % 1, round(Fraction(5, 2)), round(Fraction(7, 2)), round(Fraction(22, 7), 2), float(Fraction(1, 3)), int(Fraction(-7, 2)), Fraction(1, 3) < 0.5)
print(Fraction(3.14159).limit_denominator(100), Fraction(1, 3).numerator, Fraction(5).denominator, Fraction(1, 2) == 0.5, hash(Fraction(1, 2)) == hash(0.5), Fraction(-1, 2).as_integer_ratio())
print(f"{Fraction(1, 3):.4f}" if False else '', abs(Fraction(-2, 3)), Fraction(1, 2) + 1, 1 - Fraction(1, 2), Fraction(1, 2) + 0.25, divmod(Fraction(7, 3), Fraction(1, 2)))
for bad in [lambda: Fraction(1, 0), lambda: Fraction('x'), lambda: Fraction(1.5, 2), lambda: Fraction(float('nan')), lambda: Fraction(float('inf')), lambda: Fraction(1) / 0]:
    try: print(bad())
    except Exception as e: print(type(e).__name__, e)
data = [2, 4, 4, 4, 5, 5, 7, 9]
print(st.mean(data), st.median(data), st.mode(data), st.pstdev(data), st.stdev(data), st.variance(data), st.pvariance(data))
print(st.median_low([1, 3, 5, 7]), st.median_high([1, 3, 5, 7]), st.median_grouped([1, 2, 2, 3, 4]), st.multimode('aabbc'), st.fmean([1, 2, 3.5]), st.geometric_mean([1, 4]), st.harmonic_mean([40, 60]))
print(st.mean([Fraction(1, 2), Fraction(1, 3)]), st.mean([Decimal('0.5'), Decimal('1.5')]), st.quantiles(range(1, 11), n=4), st.quantiles([1, 2, 3, 4, 5], n=3, method='inclusive'))
print(st.correlation([1, 2, 3], [2, 4, 7]), st.covariance([1, 2, 3], [1, 2, 4]), st.linear_regression([1, 2, 3], [2, 4, 6]))
for bad in [lambda: st.mean([]), lambda: st.stdev([1]), lambda: st.mode([]), lambda: st.variance([]), lambda: st.harmonic_mean([-1]), lambda: st.quantiles([1], n=4), lambda: st.median([])]:
    try: print(bad())
    except Exception as e: print(type(e).__name__, e)
nd = st.NormalDist(100, 15); print(nd, nd.cdf(115), nd.inv_cdf(0.5), nd.pdf(100), nd.mean, nd.stdev, nd + 5, nd * 2, nd.overlap(st.NormalDist(110, 15)))
print(st.NormalDist.from_samples([1, 2, 3, 4]), nd.zscore(130), nd.quantiles(4))
