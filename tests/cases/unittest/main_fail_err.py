# unittest.main(): report on stderr and exit status 1 on failure (timer frozen for a stable report).
import time
import unittest

time.perf_counter = lambda: 0.0


class Calc(unittest.TestCase):
    def test_add(self):
        self.assertEqual(2 + 2, 4)

    def test_sub(self):
        self.assertEqual(5 - 3, 1, "subtraction")

    def test_div(self):
        def divide(a, b):
            return a / b
        self.assertEqual(divide(1, 0), 0)

    def test_chain(self):
        try:
            int("x")
        except ValueError as e:
            raise LookupError("wrapped") from e

    def test_context(self):
        try:
            [][0]
        except IndexError:
            raise KeyError("during")


if __name__ == "__main__":
    print("starting")
    unittest.main()
    print("not reached")
