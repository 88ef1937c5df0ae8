import sys
def hook(t, v, tb):
    print("HOOK", t.__name__, v, tb.tb_lineno, file=sys.stderr)
    print("stdout from hook")
sys.excepthook = hook
print("before")
raise ValueError("to the hook")
