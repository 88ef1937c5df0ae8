# TextTestRunner output at verbosity 0, 1 and 2, written to a StringIO (timing line masked).
import io
import re
import unittest


class Sample(unittest.TestCase):
    def test_pass(self):
        """Passes, with a docstring.

        Only the first line is shown."""
        self.assertTrue(True)

    def test_fail(self):
        self.assertEqual(1 + 1, 3)

    def test_error(self):
        {}["missing"]

    @unittest.skip("not today")
    def test_skipped(self):
        pass

    @unittest.expectedFailure
    def test_expected(self):
        self.assertEqual(1, 0)

    @unittest.expectedFailure
    def test_unexpected(self):
        pass


def run(verbosity, descriptions=True):
    stream = io.StringIO()
    suite = unittest.defaultTestLoader.loadTestsFromTestCase(Sample)
    runner = unittest.TextTestRunner(stream=stream, verbosity=verbosity,
                                     descriptions=descriptions)
    result = runner.run(suite)
    text = re.sub(r"in \d+\.\d{3}s", "in X.XXXs", stream.getvalue())
    print(text)
    print(result)
    print(result.wasSuccessful(), result.testsRun, len(result.failures),
          len(result.errors), len(result.skipped), len(result.expectedFailures),
          len(result.unexpectedSuccesses))


for v in (0, 1, 2):
    print("--- verbosity", v)
    run(v)
print("--- no descriptions")
run(2, descriptions=False)
