def process(items):
    return [item.strip().lower() for item in items]
lines = ["  A ", " b", None, "c"]
out = process(lines)
