# More pprint layouts: dataclasses, namespaces, bytes edges, indent > 1, depth.
import pprint
import dataclasses
import types
import collections


@dataclasses.dataclass
class Point:
    x: list
    y: str
    hidden: int = dataclasses.field(default=0, repr=False)


pprint.pprint(Point(list(range(25)), 'label' * 8), width=40)
pprint.pprint([Point([1], 'a'), Point(list(range(30)), 'b')], width=30)
ns = types.SimpleNamespace(a=1)
ns.me = ns
ns.data = list(range(30))
print(pprint.pformat(ns, width=40))
for n in (4, 8, 12, 13, 16, 17):
    pprint.pprint(bytes(range(n)), width=12)
    pprint.pprint([bytes(range(n))], width=12)
    pprint.pprint({'k': bytes(range(n))}, width=14)
pprint.pprint([list(range(12)), {'a': list(range(12))}], indent=3, width=30)
pprint.pprint([list(range(12)), {'a': list(range(12))}], indent=3, width=30, compact=True)
pprint.pprint((list(range(20)),), width=30)
pprint.pprint([[[[[1, 2]]]], (((3,),),)], depth=3)
pprint.pprint({'a': {'b': {'c': {}}}, 'l': [[[]]]}, depth=2)
pprint.pprint(collections.deque(['x' * 10] * 6, maxlen=8), width=30, compact=True)
pprint.pprint(collections.Counter(), width=10)
pprint.pprint(collections.ChainMap(), width=10)
pprint.pprint(collections.defaultdict(int), width=10)
pprint.pprint(collections.OrderedDict(a=list(range(20))), width=30)
pprint.pprint(frozenset({'alpha', 'beta', 'gamma', 'delta'}), width=20)
pprint.pprint('one two three four five six seven eight nine ten\n' * 2, width=25)
pprint.pprint(['one two three four five six seven eight nine ten'], width=25)
pprint.pprint({'long': 'one two three four five six seven eight nine ten'}, width=25)
pprint.pprint(collections.UserString('abc ' * 30), width=30)
pprint.pprint(bytearray(b'xy'), width=5)
pprint.pprint(-(10 ** 30), underscore_numbers=True)
print(pprint.saferepr([1, {2: (3,)}]), pprint.isreadable(float('nan')), pprint.isreadable(1.5))
p = pprint.PrettyPrinter(width=20)
p._dispatch  # exists


class Mine(pprint.PrettyPrinter):
    def format(self, object, context, maxlevels, level):
        if isinstance(object, str):
            return object.upper(), True, False
        return super().format(object, context, maxlevels, level)


print(Mine(width=20).pformat(['abc', 'def', ['ghi'] * 4]))
