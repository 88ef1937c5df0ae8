e = ValueError("v")
e.__notes__ = "a string, not a list"
raise e
