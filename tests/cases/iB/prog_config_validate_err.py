"""Validates a nested configuration and reports every problem, then fails hard."""


class ConfigError(Exception):
    def __init__(self, path, problem):
        self.path = path
        self.problem = problem
        super().__init__(f"{'.'.join(path) or '<root>'}: {problem}")


SCHEMA = {
    "name": str,
    "port": int,
    "debug": bool,
    "db": {"host": str, "port": int, "user": str},
    "tags": [str],
}


def validate(value, schema, path=()):
    errors = []
    if isinstance(schema, dict):
        if not isinstance(value, dict):
            return [ConfigError(path, f"expected a mapping, got {type(value).__name__}")]
        for key, sub in schema.items():
            if key not in value:
                errors.append(ConfigError(path + (key,), "missing"))
            else:
                errors.extend(validate(value[key], sub, path + (key,)))
        for extra in sorted(set(value) - set(schema)):
            errors.append(ConfigError(path + (extra,), "unknown key"))
    elif isinstance(schema, list):
        if not isinstance(value, list):
            return [ConfigError(path, "expected a list")]
        for i, item in enumerate(value):
            errors.extend(validate(item, schema[0], path + (str(i),)))
    elif not isinstance(value, schema) or (schema is int and isinstance(value, bool)):
        errors.append(ConfigError(path, f"expected {schema.__name__}, got {value!r}"))
    return errors


good = {"name": "svc", "port": 80, "debug": False,
        "db": {"host": "h", "port": 5432, "user": "u"}, "tags": ["a", "b"]}
bad = {"name": 5, "port": True, "db": {"host": "h", "port": "5432"},
       "tags": ["a", 3], "colour": "blue"}
print(validate(good, SCHEMA))
for err in validate(bad, SCHEMA):
    print(err)
problems = validate(bad, SCHEMA)
raise ExceptionGroup(f"{len(problems)} configuration problems", problems[:3])
