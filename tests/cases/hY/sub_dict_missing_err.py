class Config(dict):
    def __missing__(self, key):
        raise KeyError(f"config key {key!r} is not set") from None
    def __getattr__(self, name):
        try:
            return self[name]
        except KeyError as e:
            raise AttributeError(name) from e
c = Config(host="localhost", port=8080)
print(c.host, c["port"], sorted(c))
try:
    c["user"]
except KeyError as e:
    print("KeyError:", e)
def connect(cfg):
    return f"{cfg.user}@{cfg.host}"
connect(c)
