class AppError(Exception):
    pass
def parse(s):
    try:
        return int(s)
    except ValueError as e:
        raise AppError(f"cannot parse {s!r}") from e
def load():
    try:
        parse("x1")
    except AppError:
        d = {}
        d["missing"]
load()
