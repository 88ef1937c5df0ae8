# subTest: failures and errors per subtest, nesting, parameters in descriptions.
import io
import re
import unittest


class Sub(unittest.TestCase):
    def test_numbers(self):
        for i in range(4):
            with self.subTest(i=i):
                self.assertEqual(i % 2, 0)

    def test_nested(self):
        with self.subTest("outer", a=1):
            with self.subTest(b=2):
                raise RuntimeError("inner")

    def test_all_pass(self):
        for c in "ab":
            with self.subTest(c=c):
                self.assertIn(c, "abc")

    def test_plain(self):
        with self.subTest():
            self.fail("no params")


for verbosity in (1, 2):
    stream = io.StringIO()
    result = unittest.TextTestRunner(stream=stream, verbosity=verbosity).run(
        unittest.defaultTestLoader.loadTestsFromTestCase(Sub))
    print(re.sub(r"in \d+\.\d{3}s", "in X.XXXs", stream.getvalue()))
    for test, text in result.failures + result.errors:
        print(repr(str(test)), test.id(), text.splitlines()[-1])
