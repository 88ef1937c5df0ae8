# Fixture errors (setUpModule, tearDownClass, class cleanups, SkipTest in setUpClass), failfast
# with subtests, expectedFailure around a subtest, exception notes, a custom resultclass.
import unittest, io, re, sys
def setUpModule():
    raise RuntimeError("module setup")
class A(unittest.TestCase):
    def test_a(self): pass
def run(*classes, **kw):
    stream = io.StringIO()
    suite = unittest.TestSuite(unittest.defaultTestLoader.loadTestsFromTestCase(c) for c in classes)
    r = unittest.TextTestRunner(stream=stream, verbosity=2, **kw).run(suite)
    print(re.sub(r"in \d+\.\d{3}s", "in X.XXXs", stream.getvalue()))
    return r
r = run(A)
print(r.testsRun, r.errors[0][0])
del setUpModule
class B(unittest.TestCase):
    @classmethod
    def tearDownClass(cls): raise ValueError("class teardown")
    def test_b(self): pass
    @classmethod
    def setUpClass(cls):
        cls.addClassCleanup(lambda: 1/0)
class C(unittest.TestCase):
    @classmethod
    def setUpClass(cls): raise unittest.SkipTest("skip the class")
    def test_c(self): print("never")
def tearDownModule():
    print("tearDownModule ran")
r = run(B, C)
class D(unittest.TestCase):
    def test_1(self):
        for i in range(3):
            with self.subTest(i=i):
                self.assertEqual(i, 0)
    def test_2(self):
        print("never with failfast")
r = run(D, failfast=True)
print(r.testsRun, r.shouldStop)
class E(unittest.TestCase):
    @unittest.expectedFailure
    def test_sub(self):
        with self.subTest(x=1):
            self.assertTrue(False)
        print("after failing subtest in expected failure")
    def test_note(self):
        e = ValueError("with note")
        e.add_note("a note")
        raise e
class MyResult(unittest.TextTestResult):
    def addSuccess(self, test):
        super().addSuccess(test)
        self.stream.write("[custom success]")
r = run(E, resultclass=MyResult)
print(type(r).__name__)
