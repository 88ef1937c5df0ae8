class Error(Exception):
    pass
raise Error("custom")
