import statistics as st
from fractions import Fraction as F

for d in [[54, 24, 36], [1, 2, 4], [0.5, 2], [F(1, 2), F(1, 3)], [2.5, 3, 10], [1, 0, 2], [5],
          [F(3, 4)], [1e10, 1e-10], [40, 60], [2.5, 1]]:
    for fn in (st.geometric_mean, st.harmonic_mean):
        try:
            r = fn(d)
        except Exception as e:
            r = type(e).__name__ + ': ' + str(e)
        print(fn.__name__, d, repr(r))
print(st.harmonic_mean([40, 60], weights=[5, 30]), st.harmonic_mean([2.5, 3, 10], [1, 2, 3]))
print(st.harmonic_mean(iter([1, 2, 4])), st.harmonic_mean([F(1, 2), 2], weights=iter([1, 1])))
for bad in [[], [-1], [1, -1], ['a'], [0]]:
    try:
        print(repr(st.harmonic_mean(bad)))
    except Exception as e:
        print(type(e).__name__, e)
try:
    st.harmonic_mean([1, 2], weights=[1])
except st.StatisticsError as e:
    print(e)
try:
    st.harmonic_mean([1, 2], weights=[1, -1])
except st.StatisticsError as e:
    print(e)
try:
    st.harmonic_mean([1, 2], weights=[0, 0])
except st.StatisticsError as e:
    print(e)
for bad in [[], [0, 1], [-2, 3]]:
    try:
        st.geometric_mean(bad)
    except st.StatisticsError as e:
        print(e)
