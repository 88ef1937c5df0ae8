import linecache, inspect
src = "def f():\n    return 42\n"
ns = {}
exec(compile(src, "not_a_real_file.py", "exec"), ns)
print(repr(linecache.getline("not_a_real_file.py", 1)))
print(linecache.getlines("not_a_real_file.py"))
try:
    inspect.getsource(ns["f"])
except OSError as e:
    print(type(e).__name__, e)
linecache.cache["not_a_real_file.py"] = (len(src), None, src.splitlines(True), "not_a_real_file.py")
print(repr(linecache.getline("not_a_real_file.py", 2)))
print(inspect.getsource(ns["f"]), end="")
print(repr(linecache.getline("<string>", 1)), repr(linecache.getline(__file__, 1)))
print(inspect.getsourcefile(ns["f"]))
del linecache.cache["not_a_real_file.py"]
print(inspect.getsourcefile(ns["f"]))
exec("def g(): pass", ns)
for fn in (ns["f"], ns["g"]):
    try:
        inspect.getsource(fn)
    except OSError as e:
        print(type(e).__name__, e)
def here():
    return 1
print(inspect.getsourcefile(here) == __file__, inspect.getsource(here), end="")
