class Meta(type):
    def __call__(cls, *a):
        raise TypeError(f"cannot instantiate {cls.__name__}")
class X(metaclass=Meta): pass
X()
