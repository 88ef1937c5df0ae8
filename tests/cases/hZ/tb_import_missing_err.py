try:
    import not_a_real_module_hz
except ImportError as e:
    print(type(e).__name__, e, e.name)
from sys import not_there
