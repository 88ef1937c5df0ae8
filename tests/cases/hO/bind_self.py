import functools, operator
def plain(*args):
    return ("plain", len(args))
class A:
    f_lambda = lambda *a: ("lambda", len(a))
    f_plain = plain
    f_builtin = len
    f_print = print
    f_partial = functools.partial(plain, 1)
    f_type = str
    f_method_descr = str.upper
    f_slot = int.__add__
    f_bound = [].append
    f_static = staticmethod(plain)
    f_class = classmethod(plain)
    f_itemgetter = operator.itemgetter(0)
    f_callable_obj = type("C", (), {"__call__": lambda self, *a: ("callobj", len(a))})()
a = A()
print(a.f_lambda(), a.f_plain(), a.f_builtin("abc"), a.f_partial(), a.f_type(5), a.f_static(), a.f_class())
a.f_print("printed via class attr")
print(a.f_itemgetter([9]), a.f_callable_obj(), A.f_plain(), A.f_lambda(1))
try:
    a.f_method_descr()
except TypeError as e:
    print(e)
try:
    a.f_slot(1)
except TypeError as e:
    print(e)
a.f_bound(1)
print(A.f_bound.__self__)
class S(str):
    up = str.upper
    add = str.__add__
    ln = str.__len__
s = S("abc")
print(s.up(), s.add("!"), s.ln())
class L(list):
    push = list.append
    size = list.__len__
l = L()
l.push(3)
print(l, l.size())
class I(int):
    plus = int.__add__
print(I(2).plus(3))
inst = A()
inst.f_inst = plain
print(inst.f_inst(), inst.f_inst.__class__.__name__)
inst.f_inst2 = A.__dict__["f_static"]
print(inst.f_inst2(), type(inst.f_inst2).__name__)
print(type(A.__dict__["f_partial"]).__name__, type(A.f_partial).__name__, type(a.f_partial).__name__)
print(type(a.f_builtin).__name__, type(a.f_lambda).__name__, type(a.f_class).__name__)
