# skip decorators, skipTest, class-level skips, expectedFailure outcomes.
import io
import re
import unittest


@unittest.skip("whole class")
class Skipped(unittest.TestCase):
    def test_a(self):
        print("never")

    def test_b(self):
        print("never")


class Mixed(unittest.TestCase):
    @unittest.skipIf(True, "condition true")
    def test_if_true(self):
        print("never")

    @unittest.skipIf(False, "condition false")
    def test_if_false(self):
        print("ran test_if_false")

    @unittest.skipUnless(False, "unless false")
    def test_unless_false(self):
        print("never")

    @unittest.skipUnless(1, "unless true")
    def test_unless_true(self):
        print("ran test_unless_true")

    def test_skiptest(self):
        self.skipTest("from inside")
        print("never")

    def test_raise_skip(self):
        raise unittest.SkipTest("raised directly")

    @unittest.skip
    def test_bare_skip(self):
        print("never")

    @unittest.expectedFailure
    def test_xfail_error(self):
        raise ValueError("expected")

    @unittest.expectedFailure
    def test_xpass(self):
        print("ran test_xpass")

    def setUp(self):
        print("setUp", self._testMethodName)


def run(cls, verbosity):
    stream = io.StringIO()
    result = unittest.TextTestRunner(stream=stream, verbosity=verbosity).run(
        unittest.defaultTestLoader.loadTestsFromTestCase(cls))
    print(re.sub(r"in \d+\.\d{3}s", "in X.XXXs", stream.getvalue()))
    print([(str(t), r) for t, r in result.skipped])
    print([str(t) for t, _ in result.expectedFailures])
    print([str(t) for t in result.unexpectedSuccesses])
    print(result.wasSuccessful())


run(Skipped, 2)
run(Mixed, 1)
run(Mixed, 2)
print(Mixed.test_if_true.__unittest_skip_why__, Mixed.test_bare_skip.__name__)
