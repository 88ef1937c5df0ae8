e = ValueError("msg")
e.__notes__ = [1, "two", None]
raise e
