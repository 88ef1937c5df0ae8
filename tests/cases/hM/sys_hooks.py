import sys
print(sys.gettrace(), sys.getprofile(), sys.getswitchinterval())
for v in [0, -1, "x", 1e-9, 0.01, 2, float("nan")]:
    try: sys.setswitchinterval(v); print(sys.getswitchinterval())
    except Exception as e: print(type(e).__name__, e)
for f in [lambda: sys.settrace(), lambda: sys.gettrace(1), lambda: sys.setprofile(1, 2), lambda: sys.getswitchinterval(3)]:
    try: f()
    except Exception as e: print(type(e).__name__, e)
def tracer(frame, event, arg): return None
sys.settrace(None); print(sys.gettrace())
sys.setprofile(None); print(sys.getprofile())
debugging = sys.gettrace() is not None
print("debugger attached:", debugging)
