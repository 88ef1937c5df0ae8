import statistics as st
from fractions import Fraction as F

datasets = [
    [1, 2, 3, 4, 4],
    [2.75, 1.75, 1.25, 0.25, 0.5, 1.25, 3.5],
    [1.5, 2.5, 2.5, 2.75, 3.25, 4.75],
    [F(1, 4), F(5, 4), F(1, 2)],
    [F(1, 3), 2, 0.5],
    [0, 0, 0, 0],
    [1e100, 1.0, -1e100, 3.0],
    [0.1, 0.2, 0.3],
    [1, 10**15 + 7, 12345678901234567],
    [3, 3.5],
    [5],
    [],
    [1, 2, float('nan')],
    [True, False, False],
]
for d in datasets:
    for fn in (st.variance, st.pvariance, st.stdev, st.pstdev):
        try:
            r = fn(d)
        except Exception as e:
            r = type(e).__name__ + ': ' + str(e)
        print(fn.__name__, d, '->', repr(r))

print(st.variance([1, 2, 3, 4], xbar=0), st.pvariance([1, 2, 3, 4], mu=0),
      st.variance([1.5, 2, 3], xbar=2), st.pvariance([1.5, 2, 3], 2.5))
print(st.stdev([1, 2, 3, 4], 2.5), st.pstdev([F(1, 2), F(3, 2)], F(1)))
print(st.variance(iter([1, 2, 5])), st.pvariance(x * x for x in range(5)))
for n in range(2, 40):
    d = [i * 0.37 + (i % 3) for i in range(n)]
    print(n, st.stdev(d), st.pstdev(d), st.variance(d), st.pvariance(d))
