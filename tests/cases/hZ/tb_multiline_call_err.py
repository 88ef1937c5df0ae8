def build(name, size, color):
    return {"name": name, "size": int(size), "color": color}
item = build(
    "box",
    "large",
    color="red",
)
