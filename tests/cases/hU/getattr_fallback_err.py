class Lazy:
    @property
    def value(self):
        return self.compute()
    def __getattr__(self, name):
        raise AttributeError(f"Lazy has no {name!r} (via __getattr__)")
l = Lazy()
try:
    l.value
except AttributeError as e:
    print("caught:", e, "| context:", repr(e.__context__))
l.value
