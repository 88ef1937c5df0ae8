import unittest, warnings
class T(unittest.TestCase):
    def runTest(self): pass
t = T()
t.maxDiff = None
cases = [lambda: t.assertCountEqual([1, 1, 2, 3], [1, 2, 2, 4]), lambda: t.assertCountEqual("aab", "abb"),
         lambda: t.assertSequenceEqual([1, 2], "ab"), lambda: t.assertListEqual((1,), [1]), lambda: t.assertTupleEqual([1], (1,)),
         lambda: t.assertIsInstance(1, (str, bytes)), lambda: t.assertNotIsInstance("s", (str, int)), lambda: t.assertAlmostEqual(1.0, 1.1, places=1, delta=0.1),
         lambda: t.assertAlmostEqual(1.0, 1.5, delta=0.1), lambda: t.assertNotAlmostEqual(1.0, 1.05, delta=0.1), lambda: t.assertAlmostEqual(1, 1.00000001),
         lambda: t.assertAlmostEqual(1e10, 1e10 + 1), lambda: t.assertAlmostEqual("a", "b"), lambda: t.assertEqual(1.0, 1.0000001),
         lambda: t.assertSetEqual({1}, [1]), lambda: t.assertDictEqual({}, []), lambda: t.assertMultiLineEqual("a", 1),
         lambda: t.assertIn("x", "abc"), lambda: t.assertIn(1, {2: 3}), lambda: t.assertNotIn("a", "abc", "msg here"),
         lambda: t.assertLessEqual("b", "a"), lambda: t.assertGreater([1], [2]), lambda: t.assertRegex("abc", "x+"), lambda: t.assertNotRegex("abc", "b"),
         lambda: t.assertEqual([1, [2, 3]], [1, [2, 4]]), lambda: t.assertEqual({"a": {"b": 1}}, {"a": {"b": 2}}), lambda: t.assertEqual((1, 2, 3), (1, 2)),
         lambda: t.assertEqual("line1\nline2\nline3", "line1\nLINE2\nline3"), lambda: t.assertEqual("a" * 100, "a" * 99 + "b"), lambda: t.assertEqual(b"abc", b"abd"),
         lambda: t.assertEqual(None, 0), lambda: t.assertEqual([1, 2, 3] * 30, [1, 2, 3] * 29 + [1, 2, 4]), lambda: t.assertTrue([], "list empty"),
         lambda: t.assertIsNot(None, None), lambda: t.assertIsNone("x"), lambda: t.assertIs([], []), lambda: t.assertNotEqual([1], [1])]
for c in cases:
    try: c(); print("ok")
    except AssertionError as e: print("AE:", e)
    except Exception as e: print(type(e).__name__, e)
try:
    with t.assertRaises(ValueError):
        raise TypeError("wrong type")
except TypeError as e: print("propagated", e)
try:
    with t.assertRaisesRegex(ValueError, r"^\d+$"):
        raise ValueError("abc")
except AssertionError as e: print("AE:", e)
try:
    with t.assertWarnsRegex(UserWarning, "needle"):
        warnings.warn("haystack", UserWarning)
except AssertionError as e: print("AE:", e)
try:
    with t.assertRaises((KeyError, IndexError)): pass
except AssertionError as e: print("AE:", e)
try: t.assertRaises(ValueError, int, "5")
except AssertionError as e: print("AE:", e)
with t.assertRaises(ZeroDivisionError) as cm: 1 / 0
print(type(cm.exception).__name__, cm.exception.args, cm.expected.__name__)
try: t.assertRaises(1)
except TypeError as e: print("TypeError", e)
