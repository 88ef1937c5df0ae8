class Guarded:
    def __init__(self):
        self.public = 1
        self._secret = 2
    def __getattribute__(self, name):
        if name.startswith("_") and not name.startswith("__"):
            raise AttributeError(f"access to {name} denied")
        return super().__getattribute__(name)
g = Guarded()
print(g.public)
print(getattr(g, "_secret", "hidden"))
print(g._secret)
