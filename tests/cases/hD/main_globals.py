# The main module's initial namespace, as introspection tutorials print it.
print(sorted(globals()))
print(__name__, __doc__, __package__, __spec__, __cached__, __annotations__)
print(__file__.endswith("main_globals.py"))
count: int = 0
names: list
print(__annotations__)
print(sorted(k for k in globals() if k.startswith("__")))


def show():
    local_var = 1
    print(sorted(locals()), "count" in globals(), "local_var" in globals())


show()
print(sorted(vars()) == sorted(globals()), type(__builtins__).__name__)
