# unittest's submodules (case, suite, loader, result, runner, util) re-export its classes.
import unittest
from unittest.case import TestCase, SkipTest
from unittest.suite import TestSuite
from unittest.loader import TestLoader, defaultTestLoader
from unittest.result import TestResult
from unittest.runner import TextTestRunner, TextTestResult
import unittest.util
print(TestCase is unittest.TestCase, SkipTest is unittest.SkipTest, TestSuite is unittest.TestSuite,
      TestLoader is unittest.TestLoader, defaultTestLoader is unittest.defaultTestLoader,
      TestResult is unittest.TestResult, TextTestRunner is unittest.TextTestRunner,
      TextTestResult is unittest.TextTestResult)
print(unittest.util.safe_repr("x" * 100, short=True), unittest.util.strclass(unittest.TestCase))
print(callable(unittest.main), unittest.main.__name__)
print(unittest.TestCase.__module__, unittest.TestSuite.__module__, unittest.TestLoader.__module__,
      unittest.TestResult.__module__, unittest.TextTestRunner.__module__)
