import json

SCHEMA = {"name": str, "age": int, "email": str, "tags": list}

class SchemaError(ValueError):
    def __init__(self, problems):
        super().__init__(f"{len(problems)} problem(s)")
        self.problems = problems

def validate(record):
    problems = []
    for key, typ in SCHEMA.items():
        if key not in record:
            problems.append(f"missing {key!r}")
        elif not isinstance(record[key], typ):
            problems.append(f"{key!r} should be {typ.__name__}, got {type(record[key]).__name__}")
    extra = sorted(set(record) - set(SCHEMA))
    if extra:
        problems.append(f"unexpected {extra}")
    if problems:
        raise SchemaError(problems)
    return True

records = json.loads('[{"name": "a", "age": 3, "email": "x@y", "tags": []}, {"name": "b", "age": "old", "tags": {}, "zip": 1}]')
for r in records:
    try:
        print(validate(r))
    except SchemaError as e:
        print(e, *e.problems, sep="\n  ")
validate({"name": 5})
