import sys
def depth(n):
    try:
        return depth(n + 1)
    except RecursionError:
        return n
print(depth(0) > 900)
def is_even(n):
    if n == 0:
        return True
    return is_odd(n - 1)
def is_odd(n):
    if n == 0:
        return False
    return is_even(n - 1)
print(is_even(10))
try:
    is_even(5000)
except RecursionError as e:
    print(type(e).__name__, e)
l = []
l.append(l)
print(l)
d = {}
d['self'] = d
print(d)
is_even(3001)
