import unittest, io, re, sys

class Calc(unittest.TestCase):
    def test_add(self):
        self.assertEqual(1 + 1, 2)
    def test_fail(self):
        self.assertEqual({"k": [1, 2, 3]}, {"k": [1, 2]}, msg="dicts differ")
    def test_error(self):
        {}["missing"]
    def test_sub(self):
        for x in [1, 2]:
            with self.subTest(x, y=x * 2):
                self.assertLess(x, 2)

if __name__ == "__main__":
    buf = io.StringIO()
    prog = unittest.main(argv=["prog", "-v"], exit=False,
                         testRunner=unittest.TextTestRunner(stream=buf))
    text = re.sub(r"in \d+\.\d+s", "in Xs", buf.getvalue())
    text = re.sub(r'File ".*?", line \d+', 'File X', text)
    print(text)
    print(prog.result.wasSuccessful(), prog.result.testsRun)
    sys.exit(not prog.result.wasSuccessful())
