import time
import unittest

time.perf_counter = lambda: 0.0
time.time = lambda: 0.0

class Stack:
    def __init__(self):
        self._items = []
    def push(self, x):
        self._items.append(x)
    def pop(self):
        if not self._items:
            raise IndexError("pop from empty stack")
        return self._items.pop()
    def peek(self):
        return self._items[-1]
    def __len__(self):
        return len(self._items)

class StackTests(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        print("setUpClass")
    def setUp(self):
        self.s = Stack()
    def tearDown(self):
        del self.s
    def test_push_pop(self):
        self.s.push(1)
        self.s.push(2)
        self.assertEqual(self.s.pop(), 2)
        self.assertEqual(len(self.s), 1)
    def test_empty_pop(self):
        with self.assertRaises(IndexError) as cm:
            self.s.pop()
        self.assertEqual(str(cm.exception), "pop from empty stack")
    def test_peek_fails(self):
        self.s.peek()
    def test_wrong(self):
        self.assertEqual([1, 2, 3], [1, 2, 4])
    def test_dict(self):
        self.assertDictEqual({"a": 1, "b": 2}, {"a": 1, "b": 3})
    def test_str_multiline(self):
        self.assertEqual("line one\nline two\n", "line one\nline 2\n")
    @unittest.skip("not ready")
    def test_skipped(self):
        pass
    @unittest.expectedFailure
    def test_xfail(self):
        self.assertTrue(False)
    @unittest.expectedFailure
    def test_xpass(self):
        pass
    def test_subtests(self):
        for i in range(4):
            with self.subTest(i=i):
                self.assertLess(i, 2)
    def test_almost(self):
        self.assertAlmostEqual(0.1 + 0.2, 0.3)
        self.assertAlmostEqual(1.0, 1.1, places=3)
    def test_in(self):
        self.assertIn("x", "abc", msg="custom")
    def test_is_none(self):
        self.assertIsNone(0)
    def test_count(self):
        self.assertCountEqual([1, 1, 2], [1, 2, 2])
    def test_regex(self):
        self.assertRegex("hello", r"^h.*z$")
    def test_raises_nothing(self):
        with self.assertRaises(ValueError):
            pass
    def test_tuple(self):
        self.assertTupleEqual((1, 2), (1, 2, 3))
    def test_greater(self):
        self.assertGreaterEqual(1, 2)

class Other(unittest.TestCase):
    def test_ok(self):
        self.assertTrue(True)
    def test_fail_msg(self):
        self.fail("explicit failure")
    def test_skip_inside(self):
        self.skipTest("runtime skip")

if __name__ == "__main__":
    unittest.main(verbosity=2, exit=False)
    unittest.main(exit=True)
