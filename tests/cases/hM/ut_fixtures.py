import unittest, io, re, sys
log = []
def setUpModule(): log.append("setUpModule")
def tearDownModule(): log.append("tearDownModule")
class Broken(unittest.TestCase):
    @classmethod
    def setUpClass(cls): raise RuntimeError("class setup failed")
    def test_never(self): log.append("never")
class SkipClass(unittest.TestCase):
    @classmethod
    def setUpClass(cls): raise unittest.SkipTest("skip whole class")
    def test_a(self): pass
@unittest.skip("decorated class skip")
class Skipped(unittest.TestCase):
    def test_a(self): pass
    def test_b(self): pass
class Cleanups(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.addClassCleanup(log.append, "class cleanup")
    def test_cleanup_fails(self):
        def bad(): raise ValueError("cleanup error")
        self.addCleanup(bad)
        self.addCleanup(log.append, "cleanup ok")
    def test_teardown_fails(self): pass
    def tearDown(self):
        if self._testMethodName == "test_teardown_fails": raise KeyError("td")
class FailFast(unittest.TestCase):
    def test_1(self): self.fail("first")
    def test_2(self): log.append("second ran")
class MyResult(unittest.TextTestResult):
    def startTest(self, test):
        super().startTest(test); log.append("start " + test._testMethodName)
    def addSuccess(self, test):
        super().addSuccess(test); log.append("success " + test._testMethodName)
def run(cases, **kw):
    buf = io.StringIO()
    suite = unittest.TestSuite(unittest.defaultTestLoader.loadTestsFromTestCase(c) for c in cases)
    r = unittest.TextTestRunner(stream=buf, verbosity=2, **kw).run(suite)
    text = re.sub(r"in \d+\.\d+s", "in Xs", buf.getvalue())
    print(re.sub(r'File ".*?", line \d+', "File X", text))
    print(r.testsRun, len(r.errors), len(r.failures), len(r.skipped), r.wasSuccessful(), [str(t) for t, _ in r.errors])
run([Broken, SkipClass, Skipped, Cleanups])
print(log); log.clear()
run([FailFast], failfast=True)
print(log); log.clear()
run([Cleanups], resultclass=MyResult)
print(log); log.clear()
r = unittest.TestResult(); Cleanups("test_teardown_fails").run(r); print(r.errors[0][0], r.errors[0][1].splitlines()[-1], r.testsRun)
print(unittest.TestResult(), repr(unittest.TestResult()).split(" run=")[0])
