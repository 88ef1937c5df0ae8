# graphlib: TopologicalSorter static_order, get_ready/done protocol, CycleError and misuse errors
from graphlib import TopologicalSorter, CycleError

graph = {'D': {'B', 'C'}, 'C': {'A'}, 'B': {'A'}}
graph = {'D': ['B', 'C'], 'C': ['A'], 'B': ['A']}
print(list(TopologicalSorter(graph).static_order()))
ts = TopologicalSorter()
ts.add(3, 2, 1)
ts.add(1, 0)
ts.add(5)
print(list(ts.static_order()))
ts = TopologicalSorter({'a': ['b'], 'b': ['c'], 'c': [], 'd': ['a', 'c']})
ts.prepare()
steps = []
while ts.is_active():
    ready = ts.get_ready()
    steps.append(ready)
    ts.done(*ready)
print(steps, bool(ts))
for g in [{'a': ['b'], 'b': ['a']}, {1: [2], 2: [3], 3: [1], 0: [1]}, {'x': ['x']},
          {'a': ['b'], 'b': ['c'], 'c': ['d'], 'd': ['b']}]:
    try:
        list(TopologicalSorter(g).static_order())
    except CycleError as e:
        print('CycleError', e, e.args[1], isinstance(e, ValueError))
ts = TopologicalSorter({'a': ['b']})
for f in [ts.get_ready, ts.is_active, lambda: ts.done('a')]:
    try:
        f()
    except ValueError as e:
        print('ValueError', e)
ts.prepare()
for f in [ts.prepare, lambda: ts.add('z'), lambda: ts.done('a'), lambda: ts.done('q')]:
    try:
        f()
    except ValueError as e:
        print('ValueError', e)
print(ts.get_ready())
ts.done('b')
try:
    ts.done('b')
except ValueError as e:
    print('ValueError', e)
print(ts.get_ready(), ts.is_active())
print(TopologicalSorter[int])
