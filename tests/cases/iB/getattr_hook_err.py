class Proxy:
    def __init__(self, target):
        self._t = target
    def __getattr__(self, name):
        if name.startswith("_"):
            raise AttributeError(name)
        return getattr(self._t, name)

p = Proxy([1, 2])
p.append(3)
print(p._t)
p.nosuch
