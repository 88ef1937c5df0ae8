import unittest
import io
import sys


def fizzbuzz(n: int) -> str:
    if n % 15 == 0:
        return "FizzBuzz"
    if n % 3 == 0:
        return "Fizz"
    if n % 5 == 0:
        return "Buzz"
    return str(n)


class Stack:
    def __init__(self):
        self._d = []

    def push(self, x):
        self._d.append(x)

    def pop(self):
        if not self._d:
            raise IndexError("pop from empty stack")
        return self._d.pop()

    def __len__(self):
        return len(self._d)


class TestFizz(unittest.TestCase):
    def test_numbers(self):
        self.assertEqual(fizzbuzz(1), "1")
        self.assertEqual(fizzbuzz(15), "FizzBuzz")

    def test_subtests(self):
        for n, want in [(3, "Fizz"), (5, "Buzz"), (6, "Fizz")]:
            with self.subTest(n=n):
                self.assertEqual(fizzbuzz(n), want)

    def test_fail(self):
        self.assertEqual(fizzbuzz(10), "Fizz", "ten is buzz")

    @unittest.skip("not ready")
    def test_skipped(self):
        pass

    @unittest.expectedFailure
    def test_xfail(self):
        self.assertTrue(False)


class TestStack(unittest.TestCase):
    def setUp(self):
        self.s = Stack()

    def test_push_pop(self):
        self.s.push(1)
        self.s.push(2)
        self.assertEqual(self.s.pop(), 2)
        self.assertEqual(len(self.s), 1)

    def test_empty(self):
        with self.assertRaises(IndexError) as cm:
            self.s.pop()
        self.assertEqual(str(cm.exception), "pop from empty stack")
        self.assertRaisesRegex(IndexError, "empty", self.s.pop)

    def test_various(self):
        self.assertIn(3, [1, 2, 3])
        self.assertNotIn(4, {1, 2})
        self.assertIsNone(None)
        self.assertIsInstance(self.s, Stack)
        self.assertAlmostEqual(0.1 + 0.2, 0.3)
        self.assertGreater(3, 2)
        self.assertCountEqual([1, 2, 2], [2, 1, 2])
        self.assertDictEqual({"a": 1}, {"a": 1})
        self.assertListEqual([1], [1])

    def test_error(self):
        {}["missing"]


if __name__ == "__main__":
    stream = io.StringIO()
    runner = unittest.TextTestRunner(stream=stream, verbosity=2)
    suite = unittest.TestSuite()
    loader = unittest.TestLoader()
    suite.addTests(loader.loadTestsFromTestCase(TestFizz))
    suite.addTests(loader.loadTestsFromTestCase(TestStack))
    print(suite.countTestCases())
    result = runner.run(suite)
    print(result.testsRun, len(result.failures), len(result.errors), len(result.skipped),
          len(result.expectedFailures), len(result.unexpectedSuccesses), result.wasSuccessful())
    for test, tb in result.failures:
        print("FAIL:", test.id(), tb.strip().splitlines()[-1])
    for test, tb in result.errors:
        print("ERROR:", test.id(), tb.strip().splitlines()[-1])
    for test, why in result.skipped:
        print("SKIP:", test.id(), why)
    out = stream.getvalue()
    lines = [l for l in out.splitlines() if not l.startswith("Ran ")]
    for l in lines:
        if l.startswith("  File"):
            continue
        print(l)

    class T(unittest.TestCase):
        def test_list(self):
            self.assertEqual([1, 2, 3], [1, 2, 4])

        def test_dict(self):
            self.assertEqual({"a": 1, "b": 2}, {"a": 1, "b": 3})

        def test_str(self):
            self.assertEqual("hello\nworld", "hello\nWorld")

        def test_true(self):
            self.assertTrue(0)

        def test_raises(self):
            with self.assertRaises(ValueError):
                pass

        def test_tuple(self):
            self.assertEqual((1, 2), (1, 2, 3))

        def test_isnone(self):
            self.assertIsNone(5)

        def test_in(self):
            self.assertIn("x", "abc")

        def test_almost(self):
            self.assertAlmostEqual(1.0, 1.1)

        def test_set(self):
            self.assertEqual({1, 2}, {2, 3})
    r = unittest.TestResult()
    unittest.defaultTestLoader.loadTestsFromTestCase(T).run(r)
    for t, tb in r.failures:
        print("==", t.id().split(".")[-1])
        msg = tb.strip().splitlines()
        i = next(i for i, l in enumerate(msg) if l.startswith("AssertionError"))
        print("\n".join(msg[i:]))
