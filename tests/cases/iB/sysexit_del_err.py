import sys
class DelHook:
    def __get__(self, obj, cls):
        return self
    def __call__(self):
        sys.exit(9)
    def __repr__(self):
        return "<DelHook>"
class X:
    __del__ = DelHook()
x = X()
del x
print("still running")
