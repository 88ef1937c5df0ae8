# TestResult used directly, failfast, buffer, FunctionTestCase, TestCase.run()/debug().
import io
import sys
import unittest


class Events(unittest.TestResult):
    def startTest(self, test):
        super().startTest(test)
        print("start", test.id())

    def stopTest(self, test):
        super().stopTest(test)
        print("stop", test.id())

    def addSuccess(self, test):
        print("success", test.id())

    def addFailure(self, test, err):
        super().addFailure(test, err)
        print("failure", test.id(), err[0].__name__, err[1])

    def addError(self, test, err):
        super().addError(test, err)
        print("error", test.id(), err[0].__name__)

    def startTestRun(self):
        print("startTestRun")

    def stopTestRun(self):
        print("stopTestRun")


class Cases(unittest.TestCase):
    def test_1_ok(self):
        pass

    def test_2_fail(self):
        self.assertFalse(1)

    def test_3_error(self):
        raise OSError("disk")

    def test_4_ok(self):
        print("printed by test_4_ok")


suite = unittest.defaultTestLoader.loadTestsFromTestCase(Cases)
result = Events()
suite.run(result)
print(result.testsRun, result.wasSuccessful(), result.shouldStop)
print(result.failures[0][1].splitlines()[-1])
print(repr(result.errors[0][0]))
print(list(suite), suite.countTestCases())

print("-- failfast")
result = Events()
result.failfast = True
suite = unittest.defaultTestLoader.loadTestsFromTestCase(Cases)
suite.run(result)
print(result.testsRun, result.shouldStop)

print("-- buffer")
result = unittest.TestResult()
result.buffer = True
saved = sys.stdout
unittest.defaultTestLoader.loadTestsFromTestCase(Cases).run(result)
print(sys.stdout is saved, result.testsRun)

print("-- run() without result")
r = Cases("test_2_fail").run()
print(type(r).__name__, r.testsRun, len(r.failures))

print("-- debug()")
try:
    Cases("test_3_error").debug()
except OSError as e:
    print("debug raised", e)

print("-- FunctionTestCase")
calls = []
ftc = unittest.FunctionTestCase(lambda: calls.append("test"), setUp=lambda: calls.append("up"),
                                tearDown=lambda: calls.append("down"), description="a lambda")
r = unittest.TestResult()
ftc.run(r)
print(calls, r.testsRun, r.wasSuccessful(), ftc.shortDescription(), ftc.countTestCases())


def check_something():
    """Checks something."""
    assert 1 == 2, "nope"


ftc = unittest.FunctionTestCase(check_something)
print(str(ftc), ftc.id(), ftc.shortDescription())
stream = io.StringIO()
r = unittest.TextTestRunner(stream=stream, verbosity=2).run(ftc)
print(stream.getvalue().splitlines()[0])
print(r.failures[0][1].splitlines()[-1])
