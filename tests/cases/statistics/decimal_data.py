import statistics as st
from decimal import Decimal as D, localcontext
from fractions import Fraction as F

data = [D('1.5'), D('2.25'), D('3.125'), D('0.5')]
for fn in (st.mean, st.median, st.median_low, st.median_high, st.mode, st.variance,
           st.pvariance, st.stdev, st.pstdev, st.harmonic_mean):
    print(fn.__name__, repr(fn(data)))
print(repr(st.mean([D(1), D(2), D(4)])), repr(st.variance([D(1), D(2), D(4)])),
      repr(st.stdev([D(1), D(2), D(4)])), repr(st.pstdev([D('0.1'), D('0.2'), D('0.4')])))
print(repr(st.mean([D(1), 2, 3])), repr(st.median([D(1), D(3)])), repr(st.fmean(data)))
print(repr(st.quantiles(data, n=3)), repr(st.geometric_mean(data)))
with localcontext(prec=6):
    print(repr(st.mean([D(1), D(2), D(2)])), repr(st.stdev([D(1), D(2), D(4)])))
print(repr(st.stdev([D(4), D(4)])), repr(st.pstdev([D(3)])))
try:
    st.mean([1.0, D(1)])
except TypeError as e:
    print('TypeError', e)
print(F(D('1.25')), F.from_decimal(D('-0.5')), repr(F(D('3'))), F(1, 2) == D('0.5'),
      D('0.5') == F(1, 2), D('0.3') == F(1, 3), D('0.25') < F(1, 3), F(1, 3) > D('0.25'))
for bad in ['NaN', 'Infinity', 'sNaN']:
    try:
        F(D(bad))
    except (ValueError, OverflowError) as e:
        print(bad, type(e).__name__, e)
print(hash(D('0.25')) == hash(F(1, 4)), {D('0.5'): 1, F(1, 2): 2, 0.5: 3})
