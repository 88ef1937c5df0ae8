try:
    import nonexistent_mod_xyz
except ImportError as e:
    print(type(e).__name__, e, e.name)
try:
    from os import nonexistent_name
except ImportError as e:
    print(type(e).__name__, e.name)
try:
    import os.nothere
except ImportError as e:
    print(type(e).__name__, e)
try:
    from . import x
except ImportError as e:
    print(type(e).__name__, e)
import json.nope
