import statistics as st
from fractions import Fraction as F

datasets = [
    [1, 2, 3, 4, 4],
    [1, 2, 3, 4],
    [0.5, 0.25, 0.75, 1.0, 3.5],
    [F(1, 2), F(1, 3), F(2, 3)],
    [F(3, 7), 2, 5],
    [1.5, F(1, 2), 3],
    [True, False, True],
    [10**20, 10**20 + 1, 3],
    [-1.5, 2.5, -3.25],
    [0.1, 0.2, 0.3, 0.4],
    [1e300, 1e300, -1e300],
    [7],
    [2.5],
]
for d in datasets:
    for fn in (st.mean, st.fmean, st.median, st.median_low, st.median_high,
               st.median_grouped, st.mode):
        try:
            r = fn(d)
        except Exception as e:
            r = type(e).__name__ + ': ' + str(e)
        print(fn.__name__, d, '->', repr(r))
print(st.mean(iter([1, 2, 3, 5])), st.mean(range(10)), st.mean((x / 10 for x in range(7))))
print(st.fmean(iter([1, 2, 3])), st.fmean([1, 2, 3], [3, 2, 1]), st.fmean([0.1] * 10))
print(repr(st.mean([float('nan'), 1.0])), repr(st.mean([float('inf'), 1])))
print(repr(st.median(['b', 'a', 'c'])), repr(st.median_low(['b', 'a', 'c', 'd'])))
print(st.median_grouped([1, 2, 2, 3, 4, 4, 4, 4, 4, 5]), st.median_grouped([52, 52, 53, 54]))
print(st.median_grouped([1, 3, 3, 5, 7], interval=1), st.median_grouped([1, 3, 3, 5, 7], interval=2))
print(st.median_grouped([1, 2, 2, 3, 4, 4, 4, 4, 4, 5], 5), st.median_grouped([F(5, 2), 3]))
print(st.mode('aabbbcc'), st.mode([1, 1, 2, 2]), st.multimode('aabbbccc'), st.multimode([]),
      st.multimode('abcd'), st.mode([('a', 1), ('a', 1), 'x']))
