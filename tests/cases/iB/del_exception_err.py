class DelHook:
    def __get__(self, obj, cls):
        return self
    def __call__(self):
        raise ValueError("in del")
    def __repr__(self):
        return "<DelHook>"
class Bad:
    __del__ = DelHook()
b = Bad()
del b
print("after del")
