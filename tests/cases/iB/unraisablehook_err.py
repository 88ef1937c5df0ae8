import sys
def hook(u):
    print("unraisable:", u.exc_type.__name__, u.exc_value, u.err_msg, type(u.object).__name__)
sys.unraisablehook = hook
class A:
    def __del__(self):
        raise RuntimeError("del boom")
a = A()
del a
sys.unraisablehook = sys.__unraisablehook__
class DelHook:
    def __get__(self, obj, cls):
        return self
    def __call__(self):
        raise KeyError("default hook")
    def __repr__(self):
        return "<DelHook>"
class B:
    __del__ = DelHook()
    def __repr__(self):
        return "B()"
b = B()
b = None
print("end")
