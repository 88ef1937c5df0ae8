def target(**kw):
    return kw
def other(a):
    return a
args = {"a": 1}
target(**args, **{"a": 2})
