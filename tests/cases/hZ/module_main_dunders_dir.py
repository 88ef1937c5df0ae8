print(dir())
print(list(globals().keys()))
print(__name__, __doc__, __package__, __spec__, __cached__ if '__cached__' in dir() else '-', __file__.endswith("probe25.py"))
x = 1
def f(): pass
print(dir())
import math
print([k for k in globals() if not k.startswith("__")])
print(type(__builtins__).__name__, __builtins__.__name__ if hasattr(__builtins__, "__name__") else "")
print(math.__name__)
print(__import__("sys").modules["__main__"].__name__, __annotations__ if "__annotations__" in dir() else "no ann")
y: int = 3
print(__annotations__)
