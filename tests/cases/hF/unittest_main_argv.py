import unittest, io, re, sys
class TestDocs(unittest.TestCase):
    def test_with_doc(self):
        """Checks that addition works.

        More detail here."""
        self.assertEqual(1 + 1, 2)
    def test_fail_doc(self):
        """This one fails."""
        self.assertEqual("a", "b")
    def test_no_doc(self):
        self.assertTrue(True)
def load_tests(loader, tests, pattern):
    return tests
buf = io.StringIO()
prog = unittest.main(argv=["prog", "-v"], exit=False, testRunner=unittest.TextTestRunner(stream=buf, verbosity=2))
print(re.sub(r"in \d+\.\d+s", "in Xs", buf.getvalue()))
print(prog.result.wasSuccessful(), prog.result.testsRun)
buf = io.StringIO()
prog = unittest.main(argv=["prog", "TestDocs.test_no_doc", "-q"], exit=False, testRunner=unittest.TextTestRunner(stream=buf))
print(re.sub(r"in \d+\.\d+s", "in Xs", buf.getvalue()))
buf = io.StringIO()
prog = unittest.main(argv=["prog", "-k", "fail"], exit=False, testRunner=unittest.TextTestRunner(stream=buf, verbosity=2))
print(re.sub(r"in \d+\.\d+s", "in Xs", buf.getvalue()))
buf = io.StringIO()
r = unittest.TextTestRunner(stream=buf, verbosity=1, failfast=True).run(unittest.defaultTestLoader.loadTestsFromTestCase(TestDocs))
print(re.sub(r"in \d+\.\d+s", "in Xs", buf.getvalue()), r.shouldStop)
