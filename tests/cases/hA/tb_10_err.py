class Config:
    defaults = {"x": 1}
    value = defaults["y"] if False else defaults.get("x")
    other = int("not a number")
