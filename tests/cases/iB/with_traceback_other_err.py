def source():
    raise KeyError("src")
try:
    source()
except KeyError as k:
    tb = k.__traceback__
def target():
    raise RuntimeError("target").with_traceback(tb)
target()
