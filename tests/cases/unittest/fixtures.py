# Order of setUp/tearDown, class and module fixtures, cleanups, and fixture errors.
import io
import re
import unittest

log = []


def setUpModule():
    log.append("setUpModule")


def tearDownModule():
    log.append("tearDownModule")


class First(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        log.append("First.setUpClass")
        cls.addClassCleanup(log.append, "First.classCleanup")

    @classmethod
    def tearDownClass(cls):
        log.append("First.tearDownClass")

    def setUp(self):
        log.append("setUp " + self._testMethodName)
        self.addCleanup(log.append, "cleanup1 " + self._testMethodName)
        self.addCleanup(lambda: log.append("cleanup2 " + self._testMethodName))

    def tearDown(self):
        log.append("tearDown " + self._testMethodName)

    def test_one(self):
        log.append("test_one")

    def test_two(self):
        log.append("test_two")
        self.fail("two fails")


class BrokenSetUp(unittest.TestCase):
    def setUp(self):
        self.addCleanup(log.append, "cleanup after failed setUp")
        raise KeyError("setup")

    def tearDown(self):
        log.append("never tearDown")

    def test_x(self):
        log.append("never test_x")


class BrokenClass(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        raise RuntimeError("class setup broken")

    @classmethod
    def tearDownClass(cls):
        log.append("never BrokenClass.tearDownClass")

    def test_y(self):
        log.append("never test_y")


class BrokenTearDown(unittest.TestCase):
    def tearDown(self):
        raise ValueError("teardown broken")

    def test_z(self):
        log.append("test_z")


class BrokenCleanup(unittest.TestCase):
    def test_c(self):
        self.addCleanup(lambda: 1 / 0)
        log.append("test_c")


class ContextUser(unittest.TestCase):
    def test_enter(self):
        class CM:
            def __enter__(self):
                log.append("enter")
                return 42

            def __exit__(self, *exc):
                log.append("exit %r" % (exc,))
        log.append("got %d" % self.enterContext(CM()))


stream = io.StringIO()
loader = unittest.TestLoader()
suite = unittest.TestSuite()
for cls in (First, BrokenSetUp, BrokenClass, BrokenTearDown, BrokenCleanup, ContextUser):
    suite.addTests(loader.loadTestsFromTestCase(cls))
result = unittest.TextTestRunner(stream=stream, verbosity=2).run(suite)
print(re.sub(r"in \d+\.\d{3}s", "in X.XXXs", stream.getvalue()))
print("\n".join(log))
print(result.testsRun, len(result.errors), len(result.failures))
for test, _ in result.errors:
    print(type(test).__name__, str(test))
