# compare: stderr
import unittest, io, sys
class T(unittest.TestCase):
    def test_b(self): pass
    def test_a(self): self.assertEqual(1, 1)
    def testOld(self): pass
    def check_x(self): pass
s = unittest.makeSuite(T)
print(s.countTestCases(), [t._testMethodName for t in s])
s2 = unittest.makeSuite(T, prefix="check")
print([t._testMethodName for t in s2])
print(unittest.getTestCaseNames(T, "test"))
print(unittest.getTestCaseNames(T, "test", sortUsing=lambda a, b: (a < b) - (a > b)))
import __main__
print(unittest.findTestCases(__main__).countTestCases())
r = unittest.TextTestRunner(stream=io.StringIO()).run(s)
print(r.testsRun, r.wasSuccessful())
print(type(unittest.case), unittest.case.TestCase is unittest.TestCase, unittest.loader.TestLoader is unittest.TestLoader, unittest.suite.TestSuite is unittest.TestSuite)
print(unittest.result.TestResult is unittest.TestResult, unittest.runner.TextTestRunner is unittest.TextTestRunner, unittest.util.safe_repr([1]))
