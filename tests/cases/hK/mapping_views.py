from collections import OrderedDict, defaultdict, Counter, ChainMap, UserDict, deque
od = OrderedDict(a=1, b=2)
print(od.keys(), od.values(), od.items(), reversed(od.keys()).__class__.__name__, list(reversed(od.values())), list(reversed(od.items())))
print(Counter('aab').keys(), Counter('aab').items(), defaultdict(int, a=1).items(), ChainMap({'a': 1}).keys(), UserDict(a=1).keys(), UserDict(a=1).items())
print(type(od.keys()).__name__, type(Counter().keys()).__name__, type(ChainMap().keys()).__name__, type(UserDict().values()).__name__)
print(od.keys() == {'a', 'b'}, sorted(od.keys() | {'c'}), od.items() & {('a', 1)}, od.keys() - {'a'}, sorted(od.keys() ^ {'a', 'z'}))
print(defaultdict(list), defaultdict(set, {1: {2}}), defaultdict(defaultdict), defaultdict(Counter), defaultdict(lambda: 0).default_factory.__name__)
nest = defaultdict(lambda: defaultdict(int)); nest['a']['b'] += 1; print(dict(nest['a']), len(nest))
print(ChainMap({'a': 1}, {'b': 2}), ChainMap(OrderedDict(x=1)), ChainMap({}, ChainMap({'q': 1})))
print(repr(deque(range(3), maxlen=5)), repr(deque()), deque('ab', maxlen=None), deque([None, (1,)]))
class OD(OrderedDict): pass
print(OD(a=1), OD(a=1).keys(), Counter({'x': 2}).items(), OrderedDict([(1, OrderedDict())]))
print(od.__reversed__().__class__.__name__, iter(od).__class__.__name__, iter(od.items()).__class__.__name__)
import sys
d = {1: 2}
print(type(d.keys()).__name__, type(iter(d)).__name__, type(iter(d.values())).__name__, type(reversed(d)).__name__, d.keys().mapping if hasattr(d.keys(), 'mapping') else '')
print(od.keys().mapping, type(od.keys().mapping).__name__)
