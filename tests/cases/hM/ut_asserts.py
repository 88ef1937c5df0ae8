import unittest, io, re

class T(unittest.TestCase):
    maxDiff = None
    def test_list(self):
        self.assertEqual([1, 2, 3], [1, 2, 4])
    def test_dict(self):
        self.assertEqual({'a': 1, 'b': 2}, {'a': 1, 'b': 3})
    def test_str(self):
        self.assertEqual("hello\nworld\n", "hello\nWorld\n")
    def test_tuple(self):
        self.assertEqual((1, 'x'), (1, 'y'))
    def test_set(self):
        self.assertEqual({1, 2}, {2, 3})
    def test_in(self):
        self.assertIn(5, [1, 2])
    def test_notin(self):
        self.assertNotIn(1, [1, 2])
    def test_is(self):
        self.assertIs(None, 0)
    def test_isnone(self):
        self.assertIsNone(5)
    def test_true(self):
        self.assertTrue(0, "custom msg")
    def test_false(self):
        self.assertFalse([1])
    def test_almost(self):
        self.assertAlmostEqual(1.0, 1.1)
    def test_almost_places(self):
        self.assertAlmostEqual(1.0, 1.001, places=2)
        self.assertAlmostEqual(1.0, 1.3, delta=0.1)
    def test_greater(self):
        self.assertGreater(1, 2)
    def test_less_equal(self):
        self.assertLessEqual(3, 2)
    def test_isinstance(self):
        self.assertIsInstance(3, str)
    def test_count(self):
        self.assertCountEqual([1, 1, 2], [1, 2, 2])
    def test_regex(self):
        self.assertRegex("abc", r"\d+")
    def test_raises_ok(self):
        with self.assertRaises(ValueError) as cm:
            int("x")
        print("exc:", cm.exception)
    def test_raises_none(self):
        with self.assertRaises(KeyError):
            pass
    def test_raises_regex(self):
        with self.assertRaisesRegex(ValueError, "nope"):
            int("zz")
    def test_multiline(self):
        self.assertMultiLineEqual("a\nb\nc\n", "a\nB\nc\n")
    def test_seq(self):
        self.assertSequenceEqual([1, 2], (1, 2, 3))
    def test_ne(self):
        self.assertNotEqual(3, 3)
    def test_long_list(self):
        self.assertListEqual(list(range(20)), list(range(19)) + [99])
    def test_dict_eq(self):
        self.assertDictEqual({'x': [1, 2]}, {'x': [1, 3], 'y': 0})

suite = unittest.TestLoader().loadTestsFromTestCase(T)
buf = io.StringIO()
r = unittest.TextTestRunner(stream=buf, verbosity=2).run(suite)
out = re.sub(r"Ran (\d+) tests? in [\d.]+s", r"Ran \1 tests", buf.getvalue())
print(out)
print(r.testsRun, len(r.failures), len(r.errors), r.wasSuccessful())
