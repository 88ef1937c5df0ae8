# getmembers on instances with slots/raising properties, modules; signatures of generated classes.
import inspect, math, types, collections
class Slots:
    __slots__ = ('a', 'b')
    def __init__(self): self.a = 1
class Raising:
    @property
    def bad(self): raise AttributeError('nope')
    @property
    def good(self): return 'g'
print([n for n, v in inspect.getmembers(Slots()) if not n.startswith('__')])
print([n for n, v in inspect.getmembers(Raising()) if not n.startswith('__')])
print([n for n, v in inspect.getmembers(Raising) if not n.startswith('__')])
m = types.ModuleType('fake')
m.x = 1
def f(): pass
m.f = f
print([n for n, v in inspect.getmembers(m) if not n.startswith('__')], [n for n, _ in inspect.getmembers(m, inspect.isfunction)])
print(len(inspect.getmembers(math, inspect.isbuiltin)) > 10)
P = collections.namedtuple('P', 'x y')
print(inspect.signature(P), inspect.isclass(P))
print(inspect.signature(lambda a, /, b=2, *c, d, **e: 0))
class D:
    def __init__(self, *args, **kwargs): pass
print(inspect.signature(D))
import dataclasses
@dataclasses.dataclass
class DC:
    x: int
    y: str = 'a'
print(inspect.signature(DC))
print(inspect.getdoc(DC))
