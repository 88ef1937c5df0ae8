class E(Exception):
    pass
e = E("a")
e.args = ()
raise e
