class Meta(type):
    def __call__(cls, *args, **kw):
        if args and args[0] < 0:
            raise ValueError("negative")
        return super().__call__(*args, **kw)
class P(metaclass=Meta):
    def __init__(self, v):
        self.v = v
print(P(1).v)
P(2, 3)
