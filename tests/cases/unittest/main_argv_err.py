# unittest.main() with argv: -v, -q, -k patterns, test names, exit=False and the result.
import sys
import time
import unittest

time.perf_counter = lambda: 0.0


class Alpha(unittest.TestCase):
    def test_one(self):
        pass

    def test_two(self):
        self.assertIn("x", "abc")


class Beta(unittest.TestCase):
    def test_three(self):
        pass


for argv in (["prog"], ["prog", "-v", "Beta"], ["prog", "-q"], ["prog", "-k", "one"],
             ["prog", "Alpha.test_one", "Beta.test_three"], ["prog", "-k", "*t*e*"]):
    print(argv, file=sys.stderr)
    prog = unittest.main(argv=argv, exit=False)
    r = prog.result
    print(argv, r.testsRun, len(r.failures), r.wasSuccessful())

try:
    unittest.main(argv=["prog", "-f", "Alpha"])
except SystemExit as e:
    print("SystemExit", e.code)
try:
    unittest.main(argv=["prog", "Beta"])
except SystemExit as e:
    print("SystemExit", e.code)
