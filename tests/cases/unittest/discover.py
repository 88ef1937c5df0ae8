# TestLoader.discover: test*.py modules, packages, load_tests in a package, pattern argument.
import io
import re
import sys
import unittest

sys.dont_write_bytecode = True  # keep python3 from leaving __pycache__ in the test tree


def ids(suite):
    out = []
    for item in suite:
        if isinstance(item, unittest.TestSuite):
            out.extend(ids(item))
        else:
            out.append(item.id())
    return out


loader = unittest.TestLoader()
suite = loader.discover("discover_data")
print(suite.countTestCases(), ids(suite))
print(hasattr(unittest, "HELPER_IMPORTED"))
stream = io.StringIO()
result = unittest.TextTestRunner(stream=stream, verbosity=2).run(suite)
print(re.sub(r"in \d+\.\d{3}s", "in X.XXXs", stream.getvalue()))
print(ids(loader.discover("discover_data", pattern="*beta.py")))
try:
    loader.discover("no_such_directory")
except ImportError as e:
    print("ImportError:", str(e).split(":")[0])
