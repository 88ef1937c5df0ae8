import json
import io
from dataclasses import dataclass, field, fields, asdict, MISSING


class ConfigError(Exception):
    def __init__(self, path, msg):
        super().__init__(f"{'.'.join(path) or '<root>'}: {msg}")
        self.path = path


@dataclass
class Database:
    host: str = "localhost"
    port: int = 5432
    user: str = "admin"
    options: dict = field(default_factory=dict)


@dataclass
class Server:
    name: str
    workers: int = 4
    debug: bool = False
    db: Database = field(default_factory=Database)
    tags: list = field(default_factory=list)


def build(cls, data, path=()):
    if not isinstance(data, dict):
        raise ConfigError(list(path), f"expected object for {cls.__name__}, got {type(data).__name__}")
    known = {f.name: f for f in fields(cls)}
    extra = sorted(set(data) - set(known))
    if extra:
        raise ConfigError(list(path), f"unknown keys {extra}")
    kwargs = {}
    for name, f in known.items():
        p = list(path) + [name]
        if name not in data:
            if f.default is MISSING and f.default_factory is MISSING:
                raise ConfigError(p, "missing required key")
            continue
        value = data[name]
        typ = f.type
        if isinstance(typ, type) and hasattr(typ, "__dataclass_fields__"):
            value = build(typ, value, p)
        elif typ is bool:
            if not isinstance(value, bool):
                raise ConfigError(p, f"expected bool, got {value!r}")
        elif typ is int:
            if isinstance(value, bool) or not isinstance(value, int):
                raise ConfigError(p, f"expected int, got {value!r}")
        elif isinstance(typ, type) and not isinstance(value, typ):
            raise ConfigError(p, f"expected {typ.__name__}, got {type(value).__name__}")
        kwargs[name] = value
    return cls(**kwargs)


GOOD = """
{
  "name": "api",
  "workers": 8,
  "db": {"host": "db.internal", "options": {"sslmode": "require", "timeout": 2.5}},
  "tags": ["blue", "canary"]
}
"""
cfg = build(Server, json.loads(GOOD))
print(cfg)
print(json.dumps(asdict(cfg), indent=2, sort_keys=True))
print(json.dumps(asdict(cfg), separators=(",", ":")))
bad_inputs = [
    '{"workers": 2}',
    '{"name": "x", "workers": "8"}',
    '{"name": "x", "debug": 1}',
    '{"name": "x", "db": {"port": true}}',
    '{"name": "x", "db": []}',
    '{"name": "x", "colour": "red", "size": 1}',
    '[1, 2]',
    '{"name": "x", "tags": "a,b"}',
]
for text in bad_inputs:
    try:
        build(Server, json.loads(text))
    except ConfigError as e:
        print("ConfigError:", e, e.path)
for text in ['{"name": }', '{"a": 1,}', "{'a': 1}", '{"a": NaN}', '[1, 2', '"\\x"', '', '{"a": 1} x']:
    try:
        print(json.loads(text))
    except json.JSONDecodeError as e:
        print(f"{text!r:14} JSONDecodeError: {e.msg} (line {e.lineno} col {e.colno} pos {e.pos})")
buf = io.StringIO()
json.dump({"when": "now", "n": [1.0, 1e100, -0.0, 10 ** 20]}, buf)
print(buf.getvalue())
print(json.dumps({"t": (1, 2), 3: "int key", None: "none key", True: "bool key"}))
print(json.dumps("é\u2028😀"), json.dumps("é😀", ensure_ascii=False), json.loads('"\\ud83d\\ude00"'))
print(json.loads('{"a": 1, "a": 2}'), json.loads("1e400"), json.loads('[-0, -0.0, 1E2]'), json.loads(" true "))
print(json.loads('{"x": 1.5}', parse_float=str), json.loads('[1, 2]', parse_int=lambda s: int(s) * 10),
      json.loads('{"a": {"b": 1}}', object_hook=lambda d: sorted(d)), json.loads('[["k", 1]]'))


class Enc(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, set):
            return sorted(o)
        if hasattr(o, "__dataclass_fields__"):
            return {"__type__": type(o).__name__, **asdict(o)}
        return super().default(o)


print(json.dumps({"s": {3, 1, 2}, "db": Database()}, cls=Enc))
print(json.dumps([float("inf")], allow_nan=True))
try:
    json.dumps([float("nan")], allow_nan=False)
except ValueError as e:
    print("ValueError:", e)
try:
    json.dumps({"c": complex(1, 2)}, cls=Enc)
except TypeError as e:
    print("TypeError:", e)
build(Server, json.loads('{"name": "final", "workers": -1.5}'))
