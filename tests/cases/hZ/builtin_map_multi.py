print(list(map(pow, [2, 3], [3, 2])), list(map(lambda a, b, c: a + b + c, "ab", "cd", "efg")), list(map(str, [])))
print(list(map(max, [1, 5], [4, 2], [3, 3])), list(map(len, ["a", "bb"])))
try:
    map(len)
except TypeError as e:
    print(e)
try:
    list(map(len, 5))
except TypeError as e:
    print(e)
try:
    list(map(5, [1]))
except TypeError as e:
    print(e)
m = map(int, "123"); print(next(m), list(m))
print(list(filter(None, [0, 1, "", "a", None, [], [0]])), list(filter(str.isdigit, "a1b2")))
try:
    filter(None)
except TypeError as e:
    print(e)
print(type(map(abs, [])).__name__, type(filter(None, [])).__name__)
def gen():
    yield 1; yield 2
print(list(map(lambda x: x * 10, gen())), sum(map(int, ["1", "2"])))
