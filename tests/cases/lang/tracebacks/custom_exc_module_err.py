class E(Exception):
    pass
E.__module__ = "pkg.mod"
raise E("x")
