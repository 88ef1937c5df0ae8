a, b, c = 1, 2, 3
print(a < b < c, a < b > c, a == 1 == True, a < b <= 2 < c, 1 < 3 > 2)
print(a is a, a is not None, None is None, 1 in [1], 2 not in [1])
print('a' < 'b', [1, 2] < [1, 3], (1, 2) == (1, 2), {1} <= {1, 2})
calls = []
def f(x):
    calls.append(x)
    return x
print(f(1) < f(2) < f(0) < f(5), calls)
calls.clear()
print(f(3) > f(2) > f(1), calls)
print(not 1 == 2, not (1 < 2), (not 1) == 0)
x = 5
print(0 < x < 10 and x != 7, 0 < x < 3 or x == 5)
print(1 < 2 == 2 > 1 != 0 is not None)
