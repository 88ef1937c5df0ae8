# Assigning an empty array to an extended slice deletes it (CPython); other sizes must match
from array import array
for tc, init in [('i', [1, 2, 3, 4, 5]), ('u', 'abcde'), ('d', [0.5, 1.5, 2.5])]:
    for sl in [slice(None, None, 2), slice(None, None, -1), slice(4, 0, -2), slice(1, 2, 5), slice(5, 0, 1)]:
        a = array(tc, init)
        try:
            a[sl] = array(tc)
            print(tc, sl, a)
        except ValueError as e:
            print(tc, sl, 'ValueError', e)
        a = array(tc, init)
        try:
            a[sl] = array(tc, init[:1])
            print(tc, sl, a)
        except ValueError as e:
            print(tc, sl, 'ValueError', e)
