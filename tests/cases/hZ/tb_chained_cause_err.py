class ConfigError(Exception):
    pass
def parse(s):
    try:
        return int(s)
    except ValueError as e:
        raise ConfigError(f"bad value {s!r}") from e
def load():
    return [parse(x) for x in ["1", "2", "x3"]]
load()
