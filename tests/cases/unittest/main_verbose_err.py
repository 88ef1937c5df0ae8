# unittest.main(verbosity=2) on passing tests: per-test lines on stderr, exit status 0.
import time
import unittest

time.perf_counter = lambda: 0.0


class Strings(unittest.TestCase):
    def test_upper(self):
        """Upper-casing."""
        self.assertEqual("abc".upper(), "ABC")

    def test_split(self):
        self.assertEqual("a b".split(), ["a", "b"])

    @unittest.skip("demonstrating")
    def test_skip(self):
        pass


unittest.main(verbosity=2)
