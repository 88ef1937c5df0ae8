class DataError(Exception):
    pass
def parse(raw):
    try:
        return int(raw)
    except ValueError:
        raise DataError(f"bad record {raw!r}")
def load(rows):
    out = []
    for r in rows:
        try:
            out.append(parse(r))
        except DataError as e:
            raise RuntimeError("load failed") from e
    return out
print(load(["1", "2"]))
load(["3", "x"])
