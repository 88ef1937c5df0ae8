import types
ns = types.SimpleNamespace(a=1, b=[2]); ns.c = "x"
print(ns, ns == types.SimpleNamespace(a=1, b=[2], c="x"), vars(ns), repr(types.SimpleNamespace()))
ns2 = types.SimpleNamespace(**{"z": ns}); print(ns2)
mp = types.MappingProxyType({"k": 1}); print(mp, mp["k"], len(mp), list(mp), mp.get("q"), dict(mp), repr(mp))
try:
    mp["k"] = 2
except TypeError as e:
    print(e)
def f(x): return x + 1
g = types.FunctionType(f.__code__, {"__builtins__": __builtins__}, "g"); print(g(1), g.__name__)
class A: pass
a = A(); a.m = types.MethodType(lambda self, y: (self is a, y), a); print(a.m(5))
C = types.new_class("C", (A,), {}, lambda ns: ns.update({"v": 3})); print(C.v, C.__mro__[1].__name__)
print(types.prepare_class("D", (), {})[0] is type, isinstance(f, types.FunctionType), isinstance(len, types.BuiltinFunctionType), isinstance(a.m, types.MethodType))
print(types.NoneType, types.EllipsisType, types.NotImplementedType, types.ModuleType("mymod"), types.ModuleType("m2", "doc").__doc__)
m = types.ModuleType("mm"); m.x = 1; print(m.x, m.__name__, sorted(k for k in vars(m)))
print(type(f.__code__).__name__, types.CodeType is type(f.__code__), types.GeneratorType, types.CellType)
print(types.GenericAlias(list, (int,)), types.UnionType, type(int | str) is types.UnionType)
print(types.resolve_bases((A,)), types.get_original_bases(A) if hasattr(types, "get_original_bases") else "")
@types.coroutine
def coro():
    yield 1
print(type(coro()).__name__)
print(types.DynamicClassAttribute.__name__, types.MemberDescriptorType, types.GetSetDescriptorType, types.WrapperDescriptorType, types.MethodWrapperType, types.MethodDescriptorType, types.ClassMethodDescriptorType)
print(ns.__dict__, types.SimpleNamespace(a=1) < types.SimpleNamespace(a=2) if False else "")
sn = types.SimpleNamespace(x=1); sn2 = types.SimpleNamespace(x=1); print(sn == sn2, sn != types.SimpleNamespace(x=2))
try:
    hash(sn)
except TypeError as e:
    print(e)
r = types.SimpleNamespace(); r.self = r; print(r)
