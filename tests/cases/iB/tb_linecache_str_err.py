import traceback
src = "def f():\n    return 1/0\n"
code = compile(src, "virtual.py", "exec")
ns = {}
exec(code, ns)
try:
    ns["f"]()
except ZeroDivisionError:
    traceback.print_exc()
import linecache
linecache.cache["virtual.py"] = (len(src), None, src.splitlines(True), "virtual.py")
try:
    ns["f"]()
except ZeroDivisionError:
    traceback.print_exc()
ns["f"]()
