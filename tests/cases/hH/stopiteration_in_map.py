def stopper(x):
    if x == 2:
        raise StopIteration("inner")
    return x
m = map(stopper, [1, 2, 3, 4])
print(list(m), list(m))
print(list(filter(stopper, [1, 2, 3])))
for v in map(stopper, [0, 1, 2, 5]):
    print("loop", v)
print(sum(map(stopper, [5, 6, 2, 7])), sorted(map(stopper, [3, 1, 2])), tuple(zip(map(stopper, [1, 2]), "ab")), dict(zip("xyz", map(stopper, [1, 2, 3]))))
import itertools
print(list(itertools.starmap(lambda a: stopper(a), [(1,), (2,), (3,)])), list(itertools.takewhile(lambda x: stopper(x) < 5, [1, 2, 3])))
print([x for x in map(stopper, [1, 1, 2])], {x for x in map(stopper, [4, 2])}, any(map(stopper, [0, 2, 1])), max(map(stopper, [3, 9, 2, 10])))
def gen():
    yield from map(stopper, [7, 2, 8])
    yield "after"
print(list(gen()))
def stopper(x):
    if x == 2:
        raise StopIteration("inner")
    return x
print(list(enumerate(map(stopper, [1, 2, 3]))), list(zip(map(stopper, [1, 2, 3]), [7, 8, 9])), list(zip([7, 8, 9], map(stopper, [1, 2, 3]))))
e = enumerate(map(stopper, [1, 2, 3, 4])); print(list(e), list(e))
