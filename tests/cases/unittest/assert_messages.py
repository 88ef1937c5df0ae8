# The failure message of each assert* method, with and without msg= and longMessage.
import unittest


class T(unittest.TestCase):
    def runTest(self):
        pass


t = T()


def check(name, *args, **kwargs):
    try:
        getattr(t, name)(*args, **kwargs)
    except AssertionError as e:
        print(f"{name}: {e}")
    else:
        print(f"{name}: passed")


check("assertEqual", 1, 2)
check("assertEqual", 1, 1)
check("assertEqual", 1, 2.5, "custom")
check("assertEqual", {1, 2}, {1, 2})
check("assertNotEqual", "a", "a")
check("assertNotEqual", [1], [1], msg="lists")
check("assertTrue", 0)
check("assertTrue", [])
check("assertFalse", "x")
check("assertIs", None, 0)
check("assertIsNot", None, None)
check("assertIsNone", 5)
check("assertIsNotNone", None)
check("assertIn", 3, [1, 2])
check("assertIn", "z", "abc")
check("assertNotIn", 1, (1, 2))
check("assertIsInstance", 3, str)
check("assertIsInstance", 3, (str, bytes))
check("assertNotIsInstance", 3, int)
check("assertLess", 3, 2)
check("assertLessEqual", 3, 2)
check("assertGreater", 2, 3)
check("assertGreaterEqual", 2, 3)
check("assertLess", 1, 2)
check("assertAlmostEqual", 1.0, 1.00000001)
check("assertAlmostEqual", 1.0, 1.1)
check("assertAlmostEqual", 1.0, 1.1, places=0)
check("assertAlmostEqual", 10, 12, delta=1)
check("assertAlmostEqual", 10, 12, delta=3)
check("assertNotAlmostEqual", 1.0, 1.0)
check("assertNotAlmostEqual", 1.0, 1.05, places=1)
check("assertNotAlmostEqual", 10, 11, delta=2)
check("assertRegex", "hello world", r"wor")
check("assertRegex", "hello world", r"^world")
check("assertNotRegex", "hello world", r"o w")
check("assertCountEqual", [1, 2, 2], [2, 1, 2])
check("assertCountEqual", [1, 2, 2, "a"], [2, 3, 3])
check("assertCountEqual", [[1], [2]], [[2], [2]])
check("assertSetEqual", {1, 2}, {2, 3})
check("assertSetEqual", frozenset([1]), {1})
check("assertDictEqual", {"a": 1}, {"a": 1})
check("assertSequenceEqual", (1, 2), [1, 2])
check("assertTupleEqual", (1, 2), [1, 2])
check("assertListEqual", "ab", [1, 2])
check("assertIsNone", "x" * 100)
check("assertEqual", 10 ** 50, 10 ** 50 + 1)
check("assertEqual", "a", 1)
check("fail")
check("fail", "explicit")

t.longMessage = False
check("assertEqual", 1, 2, "only mine")
check("assertTrue", False)
t.longMessage = True
try:
    t.assertAlmostEqual(1, 2, places=2, delta=1)
except TypeError as e:
    print("TypeError:", e)

# First line of the container messages (the rest is a diff).
for a, b in [([1, 2], [1, 3]), ([1, 2, 3], [1, 2]), ((1,), (1, 2)), ({"a": 1}, {"a": 2}),
             ("abc", "abd")]:
    try:
        t.assertEqual(a, b)
    except AssertionError as e:
        print(str(e).split("\n")[0])
        lines = str(e).split("\n")
        if isinstance(a, (list, tuple)):
            print(lines[2:5])
