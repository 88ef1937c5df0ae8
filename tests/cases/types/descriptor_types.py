# The descriptor and method types of builtin callables, as types and inspect see them.
import inspect
import types

print(types.MemberDescriptorType, types.MethodWrapperType, types.WrapperDescriptorType)
print(types.MethodDescriptorType, types.BuiltinMethodType, types.GetSetDescriptorType)
print(type((1).__add__), type(object.__init__), type(str.join), type([].append), type(len))
print(int.__add__, str.__repr__, object.__init__)
print(inspect.ismethodwrapper((1).__add__), inspect.ismethodwrapper(len))
print(inspect.isbuiltin((1).__add__), inspect.isbuiltin(len), inspect.isbuiltin([].append))
print(inspect.ismethoddescriptor(str.join), inspect.ismethoddescriptor(object.__init__))


class S:
    __slots__ = ('a',)


print(inspect.ismemberdescriptor(S.a), inspect.isgetsetdescriptor(S.a))
print((1).__add__(2), object.__init__.__name__, int.__add__(3, 4), type(S.a).__name__)
