# unittest.main(): -b buffers output into the report, -h help, usage errors (exit status 2).
import sys, unittest, io, re, time
time.perf_counter = lambda: 0.0
class T(unittest.TestCase):
    def test_a(self):
        print("out of a")
        print("err of a", file=sys.stderr)
        self.fail("a")
    def test_b(self):
        print("out of b")
    def test_c(self):
        sys.stdout.write("no newline")
        raise KeyError(1)
unittest.main(argv=["prog", "-b"], exit=False)
print("after")
try:
    unittest.main(argv=["prog", "-h"])
except SystemExit as e:
    print("exit", e.code)
try:
    unittest.main(argv=["prog", "--bogus"])
except SystemExit as e:
    print("exit", e.code)
try:
    unittest.main(argv=["prog", "-k"])
except SystemExit as e:
    print("exit", e.code)
