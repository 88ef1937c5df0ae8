import sys, io
try: import nonexistent_mod
except ModuleNotFoundError as e: print(type(e).__name__, e, e.name)
try: from math import nope
except ImportError as e: print(type(e).__name__, e.name)
try: from sys import nope
except ImportError as e: print(type(e).__name__, e)
try: import os.nope
except ImportError as e: print(type(e).__name__, e)
try: from os import path, nope2
except ImportError as e: print(type(e).__name__, e.name, e.msg.split(" (")[0])
try: import math.sub
except ImportError as e: print(type(e).__name__, e)
try: __import__("")
except ValueError as e: print(type(e).__name__, e)
try: from . import x
except ImportError as e: print(type(e).__name__, e)
import collections.abc as cabc
print(cabc.Mapping.__name__, "collections.abc" in sys.modules)
from collections import *
print(sorted(k for k in ("deque", "OrderedDict", "abc") if k in dir()))
import importlib
m = importlib.import_module("json")
print(m.__name__, m.dumps([1]))
old = sys.stdout
buf = io.StringIO()
sys.stdout = buf
print("captured", 1, 2, sep="-")
sys.stdout = old
print(repr(buf.getvalue()))
class Writer:
    def __init__(self): self.parts = []
    def write(self, s): self.parts.append(s); return len(s)
    def flush(self): pass
w = Writer()
print("a", "b", file=w, end="!")
print(w.parts)
try: print("x", file=5)
except AttributeError as e: print("AttributeError", e)
try: print("x", sep=5)
except TypeError as e: print("TypeError", e)
try: print("x", end=[])
except TypeError as e: print("TypeError", e)
print("no newline", end="")
print()
print(*range(3), sep=None, end=None)
print(sys.stdout.write("direct\n"))
sys.stdout.writelines(["l1\n", "l2\n"])
try: input()
except EOFError as e: print("EOFError", e)
