class A:
    __slots__ = ("s",)
    @classmethod
    def cm(cls): pass
    def m(self): pass
class B(A):
    __slots__ = ()
print(repr(A.cm))
print(repr(B.cm))
print(repr(A.s), repr(B.s))
print(repr(int.real), repr(str.upper), repr(dict.__dict__["fromkeys"]))
print(repr(object.__init__), repr(type.__call__), repr(int.__add__))
print(repr(len), repr(print), repr(A.__dict__["cm"])[:22])
print(repr(type.__dict__["__dict__"]), repr(type.__dict__["__name__"]), repr(object.__dict__["__class__"]))
print(repr(int.__dict__["bit_length"]), repr(list.__dict__["append"]), repr(list.__dict__["__getitem__"]))
print(repr(super(B, B)), repr(super(B)))
print(repr(int.from_bytes).split(" at ")[0], repr(float.fromhex).split(" at ")[0])
print(repr(A.m)[:19], repr(B.__mro__), repr(A.__dict__["m"])[:19])
print(repr(type), repr(object), repr(type(None)), repr(type(...)), repr(type(NotImplemented)))
import types
print(types.FunctionType, types.MethodType, types.BuiltinFunctionType, types.BuiltinMethodType)
print(types.WrapperDescriptorType, types.MethodWrapperType, types.MethodDescriptorType, types.ClassMethodDescriptorType)
print(types.GetSetDescriptorType, types.MemberDescriptorType, types.MappingProxyType, types.SimpleNamespace)
print(types.CodeType, types.FrameType, types.TracebackType, types.GeneratorType, types.CoroutineType, types.ModuleType, types.CellType)
print(type(A.__dict__["s"]) is types.MemberDescriptorType, type(int.real) is types.GetSetDescriptorType)
print(type(object.__init__) is types.WrapperDescriptorType, type(object().__init__) is types.MethodWrapperType)
print(type(str.upper) is types.MethodDescriptorType, type(dict.__dict__["fromkeys"]) is types.ClassMethodDescriptorType)
print(type([].append) is types.BuiltinMethodType, type(len) is types.BuiltinFunctionType, type(A().m) is types.MethodType)
