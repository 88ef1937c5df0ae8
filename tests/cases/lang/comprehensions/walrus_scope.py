def f():
    [last := i for i in range(5)]
    return last
print(f())
[glob := x for x in 'abc']
print(glob)
def g():
    total = 0
    partial = [total := total + i for i in range(4)]
    return partial, total
print(g())
def h():
    def inner():
        [found := w for w in ['a', 'b'] if w == 'b']
        return found
    return inner()
print(h())
class C:
    def m(self):
        return [y := i for i in range(2)], y
print(C().m())
print([[(z := j) for j in range(i)] for i in range(3)], z)
def any_match(items, pred):
    if any((hit := it) and pred(it) for it in items):
        return hit
print(any_match([1, 5, 8], lambda v: v > 4))
