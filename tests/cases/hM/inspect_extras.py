import inspect
def f():
    st = inspect.stack()
    print(type(st[0]).__name__, st[0].function, st[1].function, st[0].lineno, st[0].code_context, st[0].index, st[0][3])
    fi = inspect.getframeinfo(inspect.currentframe())
    print(type(fi).__name__, fi.function, fi.lineno, fi.code_context, fi.filename.endswith("insp.py"))
    print(inspect.currentframe().f_back.f_code.co_name, inspect.getouterframes(inspect.currentframe())[1].function)
f()
class A:
    """Doc."""
    x = 1
    def m(self): pass
    @property
    def p(self): return 1
    @classmethod
    def c(cls): pass
    @staticmethod
    def s(): pass
class B(A): pass
print(sorted((a.name, a.kind, a.defining_class.__name__) for a in inspect.classify_class_attrs(B) if not a.name.startswith("__")))
print(inspect.getclasstree([A, B]))
# a comment for g
def g(): pass
print(repr(inspect.getcomments(g)))
print(inspect.getargs(f.__code__) if hasattr(inspect, "getargs") else None)
print(len(inspect.getmembers(A, inspect.isfunction)), [n for n, _ in inspect.getmembers(A) if not n.startswith("__")])
print(inspect.getsource(g), inspect.getsourcelines(g)[1], inspect.getdoc(A), inspect.getmodule(A).__name__, inspect.getfile(A).endswith("insp.py"))
print(inspect.getmro(B), inspect.isclass(A), inspect.ismethod(A().m), inspect.isgeneratorfunction(f), inspect.signature(A.m))
def h(a, b=2, *args, c, d=4, **kw): pass
print(inspect.getfullargspec(h), inspect.getcallargs(h, 1, c=3), inspect.getclosurevars(h))
print([(a.name, a.kind, a.defining_class.__name__) for a in inspect.classify_class_attrs(A)])
print(inspect.getclasstree([B, A, int, bool, ValueError, KeyError, LookupError]), inspect.getclasstree([bool], unique=True))
class C(A, int): pass
print(inspect.getclasstree([A, B, C]), inspect.getclasstree([A, B, C], True))
print(inspect.getargs(h.__code__), inspect.getargs((lambda *a: 0).__code__))
try: inspect.getargs(h)
except TypeError as e: print("TypeError", str(e).split(" at ")[0])
print(repr(inspect.getcomments(A)), repr(inspect.getcomments(inspect)) [:40], repr(inspect.getcomments(len)))
    # indented comment
def deco(f): return f
# above the decorator
#
# second
#
@deco
def decorated(): pass
print(repr(inspect.getcomments(decorated)), repr(inspect.getcomments(sys_mod)) if False else "")
