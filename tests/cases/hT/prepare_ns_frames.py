import warnings, sys, traceback
def f():
    warnings.warn("from f", stacklevel=2)
    print(sys._getframe(1).f_code.co_name, sys._getframe(1).f_lineno)
    print([fs.name for fs in traceback.extract_stack()])
class D(dict):
    def __setitem__(self, k, v):
        f()
        dict.__setitem__(self, k, v)
class Meta(type):
    @classmethod
    def __prepare__(m, name, bases): return D()
class A:
    f()
class B(metaclass=Meta):
    x = 1
