import sys
def depth(n):
    return depth(n + 1)
try:
    depth(0)
except RecursionError as e:
    print(e)
l = []
for i in range(2000):
    l = [l]
try:
    print(repr(l)[:10])
except RecursionError as e:
    print('repr', e)
d = {}
for i in range(2000):
    d = {'k': d}
try:
    str(d)
except RecursionError as e:
    print('str', e)
a = []; b = []
for i in range(3000):
    a = [a]; b = [b]
try:
    print(a == b)
except RecursionError as e:
    print('cmp', e)
def fact(n):
    return n * fact(n - 1)
fact(5)
