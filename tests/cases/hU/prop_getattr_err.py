class Config:
    def __init__(self):
        self._data = {"host": "x"}
    @property
    def port(self):
        return self._data["port"]
    @property
    def host(self):
        return self._dta["host"]
    def __getattr__(self, name):
        if name.startswith("opt_"):
            return None
        raise AttributeError(f"{type(self).__name__!r} has no option {name!r}")

c = Config()
print(c.opt_a)
try:
    c.port
except KeyError as e:
    print("KeyError", e)
try:
    c.host
except AttributeError as e:
    print("AttributeError", e, e.name)
c.host
