import sys
def hook(t, v, tb):
    print("hook:", t.__name__, v, tb.tb_lineno if tb else None)
    sys.__excepthook__(t, v, tb)
sys.excepthook = hook
def f():
    raise LookupError("via hook")
f()
