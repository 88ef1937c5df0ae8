import statistics as st, random
from fractions import Fraction
from decimal import Decimal
random.seed(31)
fns = ['mean', 'fmean', 'geometric_mean', 'harmonic_mean', 'median', 'median_low', 'median_high', 'median_grouped', 'mode', 'multimode', 'pstdev', 'pvariance', 'stdev', 'variance', 'quantiles']
for i in range(600):
    kind = random.random()
    n = random.randint(0, 9)
    if kind < 0.4: data = [random.randint(-20, 50) for _ in range(n)]
    elif kind < 0.8: data = [round(random.uniform(-100, 100), random.randint(0, 6)) for _ in range(n)]
    elif kind < 0.9: data = [Fraction(random.randint(-9, 9), random.randint(1, 9)) for _ in range(n)]
    else: data = [Decimal(random.randint(-999, 999)) / 100 for _ in range(n)]
    f = random.choice(fns)
    try:
        if f == 'quantiles': r = st.quantiles(data, n=random.randint(1, 6), method=random.choice(['exclusive', 'inclusive']))
        else: r = getattr(st, f)(data)
        print(i, f, data, repr(r))
    except Exception as e:
        print(i, f, data, type(e).__name__, e)
    if n >= 2 and kind < 0.8 and random.random() < 0.3:
        ys = [random.uniform(-5, 5) for _ in data]
        try: print(' corr', st.correlation(data, ys), st.covariance(data, ys), st.linear_regression(data, ys))
        except Exception as e: print(' corr', type(e).__name__, e)
