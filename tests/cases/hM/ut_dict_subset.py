import unittest
class T(unittest.TestCase):
    def runTest(self): pass
t = T()
for sub, d in [({"a": 1}, {"a": 1, "b": 2}), ({"a": 1, "z": 0, "y": 9}, {"a": 2}), ({"q": 1}, {}), ({"a": [1]}, {"a": [2]}), ({}, {})]:
    try: t.assertDictContainsSubset(sub, d); print("ok")
    except AssertionError as e: print("AE", e)
try: t.assertDictContainsSubset({"x": 1}, {}, "note")
except AssertionError as e: print("AE", e)
