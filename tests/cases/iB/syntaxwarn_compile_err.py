def f(x):
    assert (x, "message")
    return x
def g():
    return [(1, 2) (3, 4)]
def h():
    return ["ab" [1, 2]]
def k():
    return [[1, 2] [3, 4]]
def m():
    return [1 (2)]
def n():
    return ["x" "y" (1)]
def p():
    return [[1, 2] ["a"]]
def q():
    return {1: 2} [3]
def r():
    return (1, 2) [0, 1]
x = 5
print(x is not ())
print(f(1))
if x is "abc" or x is 1.5 or x is -1 or x is ... or x is None or x is True:
    pass
def finally_return():
    try:
        return 1
    finally:
        return 2
print(finally_return())
try:
    g()
except TypeError as e:
    print(e)
try:
    h()
except TypeError as e:
    print(e)
k()
