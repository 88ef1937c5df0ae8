import io
import re
import unittest


class Stack:
    def __init__(self):
        self._items = []

    def push(self, x):
        self._items.append(x)

    def pop(self):
        if not self._items:
            raise IndexError("pop from empty stack")
        return self._items.pop()

    def __len__(self):
        return len(self._items)


class StackTests(unittest.TestCase):
    def setUp(self):
        self.s = Stack()

    def test_push_pop(self):
        self.s.push(1)
        self.s.push(2)
        self.assertEqual(self.s.pop(), 2)
        self.assertEqual(len(self.s), 1)

    def test_empty_pop(self):
        with self.assertRaises(IndexError) as cm:
            self.s.pop()
        self.assertEqual(str(cm.exception), "pop from empty stack")

    def test_regex(self):
        with self.assertRaisesRegex(IndexError, r"empty \w+"):
            self.s.pop()

    def test_fails(self):
        self.assertEqual([1, 2, 3], [1, 2, 4])

    def test_dict_fail(self):
        self.assertDictEqual({"a": 1, "b": 2}, {"a": 1, "b": 3})

    def test_error(self):
        {}["missing"]

    @unittest.skip("not ready")
    def test_skipped(self):
        pass

    @unittest.expectedFailure
    def test_expected_failure(self):
        self.assertTrue(False)

    @unittest.expectedFailure
    def test_unexpected_success(self):
        pass

    def test_subtests(self):
        for i in range(4):
            with self.subTest(i=i):
                self.assertEqual(i % 2, 0)

    def test_almost(self):
        self.assertAlmostEqual(0.1 + 0.2, 0.3)
        self.assertAlmostEqual(1.0, 1.05, places=1)
        self.assertNotAlmostEqual(1.0, 1.1)
        self.assertIn(3, [1, 2, 3])
        self.assertIsNone(None)
        self.assertIsInstance(self.s, Stack)
        self.assertCountEqual("abca", "aacb")
        self.assertGreater(3, 2)
        self.assertRegex("hello world", "w.r")

    def test_multiline(self):
        self.assertMultiLineEqual("a\nb\nc\n", "a\nB\nc\n")

    def test_msg(self):
        self.assertTrue(0, msg="zero is falsy")


class MathTests(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.data = [3, 1, 2]

    def test_sorted(self):
        self.assertListEqual(sorted(self.data), [1, 2, 3])

    def test_tuple_fail(self):
        self.assertTupleEqual((1, 2), (1, 2, 3))

    def test_set_fail(self):
        self.assertSetEqual({1, 2}, {2, 3})

    def test_long_string(self):
        self.assertEqual("x" * 30 + "a", "x" * 30 + "b")

    def test_skip_inside(self):
        self.skipTest("runtime skip")


stream = io.StringIO()
prog = unittest.main(argv=["prog"], exit=False, testRunner=unittest.TextTestRunner(stream=stream, verbosity=2))
text = stream.getvalue()
text = re.sub(r"Ran (\d+) tests? in [0-9.]+s", r"Ran \1 tests in X", text)
text = re.sub(r'File ".*?([^/"]+)"', r'File "\1"', text)
print(text)
r = prog.result
print(r.testsRun, len(r.failures), len(r.errors), len(r.skipped), len(r.expectedFailures), len(r.unexpectedSuccesses), r.wasSuccessful())
print([t.id() for t, _ in r.failures])
print([(t.id(), reason) for t, reason in r.skipped])
