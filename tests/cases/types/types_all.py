import types
import sys

def check(f):
    try:
        print('ok', f())
    except Exception as e:
        print(type(e).__name__, e)

print(types.__all__)
def f(): pass
print(isinstance(f, types.FunctionType), isinstance(lambda: 0, types.LambdaType), isinstance(f.__code__, types.CodeType))
def g(): yield 1
print(isinstance(g(), types.GeneratorType), isinstance(len, types.BuiltinFunctionType), isinstance([].append, types.BuiltinMethodType))
class C:
    def m(self): pass
print(isinstance(C().m, types.MethodType), isinstance(sys, types.ModuleType), types.ModuleType('mymod'))
mod = types.ModuleType('mymod')
print(mod.__name__, mod.__doc__)
print(types.NoneType, types.EllipsisType, types.NotImplementedType, types.GenericAlias, types.UnionType)
print(types.FunctionType, types.CodeType, types.MappingProxyType, types.CellType, types.MethodType, types.ModuleType, types.TracebackType)
print(types.GeneratorType, types.CoroutineType, types.AsyncGeneratorType, types.BuiltinFunctionType, types.MethodDescriptorType, types.ClassMethodDescriptorType)
print(type(None) is types.NoneType, list[int].__class__ is types.GenericAlias, types.GenericAlias(list, (int,)))
print(isinstance(int | None, types.UnionType))

mp = types.MappingProxyType({'a': 1, 'b': 2})
print(mp['a'], len(mp), list(mp), mp.get('z', 0), 'a' in mp, dict(mp))
check(lambda: mp.__setitem__('c', 3))

# SimpleNamespace
ns = types.SimpleNamespace(a=1, b='x')
print(ns, ns.a, ns.b, ns == types.SimpleNamespace(a=1, b='x'), ns != types.SimpleNamespace(a=2))
ns.c = [1]
del ns.a
print(ns, vars(ns), sorted(ns.__dict__))
ns.me = ns
print(ns)
print(types.SimpleNamespace())
class Sub(types.SimpleNamespace):
    pass
print(Sub(z=1), Sub(z=1) == types.SimpleNamespace(z=1))
check(lambda: types.SimpleNamespace(1))
check(lambda: hash(types.SimpleNamespace()))
check(lambda: types.SimpleNamespace(a=1).b)
print(types.SimpleNamespace(**{'not an identifier': 1}))
import copy
print(copy.deepcopy(types.SimpleNamespace(x=[1])))

# new_class and friends
def body(ns):
    ns['x'] = 42
    ns['hello'] = lambda self: 'hi'
K = types.new_class('K', (C,), exec_body=body)
print(K.__name__, K.__bases__, K.x, K().hello(), K.__module__ if False else '')
class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print('prepare', name, kw)
        return {'from_prepare': True}
    def __new__(mcls, name, bases, ns, **kw):
        return super().__new__(mcls, name, bases, ns)
    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)
K2 = types.new_class('K2', (), {'metaclass': Meta, 'flag': 1})
print(type(K2).__name__, K2.from_prepare)
print(types.prepare_class('P', (), {'metaclass': Meta, 'q': 2}))
print(types.prepare_class('P'))
print(types.resolve_bases((int, str)))
class Entry:
    def __mro_entries__(self, bases):
        return (dict,)
print(types.resolve_bases((Entry(), int)))
K3 = types.new_class('K3', (Entry(),))
print(K3.__bases__, K3.__orig_bases__[0].__class__.__name__)
class M1(type): pass
class M2(type): pass
class A1(metaclass=M1): pass
class A2(metaclass=M2): pass
check(lambda: types.new_class('Bad', (A1, A2)))
check(lambda: types._calculate_meta(type, (A1,)))

class DC:
    def __init__(self):
        self._v = 5
    @types.DynamicClassAttribute
    def value(self):
        "the value"
        return self._v
    @value.setter
    def value(self, v):
        self._v = v
d = DC()
print(d.value)
d.value = 7
print(d.value)
check(lambda: DC.value)
check(lambda: delattr(d, 'value'))

@types.coroutine
def gen_coro():
    yield 1
print(gen_coro.__name__, list(gen_coro()))
check(lambda: types.coroutine(5))
