# Displays: tuples, lists, sets, dicts, starred items.
a = [1, 2]
b = {'k': 1}
print((), (1,), (1, 2), 1, 2)
print([], [1], [1, 2,], [*a, *a], [*a, 3])
print(set(), {1}, {1, 2, 1}, {*a, 3})
print({}, {1: 2}, {**b, 'j': 2}, {'k': 0, **b}, {**b, 'k': 5})
print((*a,), (*a, *a), *a)
print({1: 'a', 1.0: 'b', True: 'c'})
print([[1, 2], [3]], ((1,),), {(1, 2): [3]})
t = 1, 2, 3
print(t, type(t).__name__)
print({1: 2, **{3: 4}, 5: 6, **{}})
