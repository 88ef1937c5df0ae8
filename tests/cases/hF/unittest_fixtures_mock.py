import unittest, sys, io, warnings, logging
from unittest import mock

log = []
def setUpModule(): log.append("setUpModule")
def tearDownModule(): log.append("tearDownModule")

class Base(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        log.append(f"setUpClass {cls.__name__}")
        cls.shared = [1, 2, 3]
    @classmethod
    def tearDownClass(cls): log.append(f"tearDownClass {cls.__name__}")
    def setUp(self):
        self.addCleanup(log.append, f"cleanup {self._testMethodName}")
    def test_shared(self):
        self.assertEqual(len(self.shared), 3)
    def test_warns(self):
        with self.assertWarns(DeprecationWarning) as cm:
            warnings.warn("old", DeprecationWarning)
        self.assertEqual(str(cm.warning), "old")
        with self.assertWarnsRegex(UserWarning, "o+"):
            warnings.warn("foo")
    def test_logs(self):
        with self.assertLogs("app", level="INFO") as cm:
            logging.getLogger("app").info("hello %s", "world")
            logging.getLogger("app.sub").warning("careful")
        self.assertEqual(cm.output, ["INFO:app:hello world", "WARNING:app.sub:careful"])
    def test_mock(self):
        m = mock.Mock(return_value=3)
        self.assertEqual(m(1, x=2), 3)
        m.assert_called_once_with(1, x=2)
        m.method.side_effect = ValueError("bad")
        with self.assertRaises(ValueError):
            m.method()
        self.assertEqual(m.call_count, 1)
        import os
        with mock.patch("os.getcwd", return_value="/nowhere") as p:
            self.assertEqual(os.getcwd(), "/nowhere")
        self.assertTrue(p.called)
        self.assertNotEqual(os.getcwd(), "/nowhere")
        with mock.patch.object(Child, "shared", [9]):
            self.assertEqual(Child.shared, [9])
        mm = mock.MagicMock()
        mm.__len__.return_value = 5
        self.assertEqual(len(mm), 5)
        mm[1] = 2
        mm.__setitem__.assert_called_with(1, 2)
    def test_regex(self):
        self.assertRegex("hello world", r"w\w+")
        self.assertNotRegex("abc", r"\d")
        self.assertIs(None, None); self.assertIsNot(1, None); self.assertNotIn(3, [1])
        self.assertLess(1, 2); self.assertLessEqual(2, 2); self.assertGreaterEqual(3, 3)
        self.assertMultiLineEqual("a\nb", "a\nb")
    def test_multiline_fail(self):
        self.assertMultiLineEqual("line one\nline two\nline three\n", "line one\nline 2\nline three\n")
    def test_long_list(self):
        self.assertEqual(list(range(30)), list(range(29)) + [99])
    def test_almost_fail(self):
        self.assertAlmostEqual(1.0, 1.1)
    def test_almost_places(self):
        self.assertAlmostEqual(3.14159, 3.1416, places=5)
    def test_subtest_fail(self):
        for x in [1, 2, 3]:
            with self.subTest("checking", x=x):
                self.assertLess(x, 2)
    def test_raises_wrong(self):
        with self.assertRaises(KeyError):
            raise ValueError("not a key error")
    def test_raises_regex_fail(self):
        with self.assertRaisesRegex(ValueError, "^abc$"):
            raise ValueError("abcd")
    def test_skip_inside(self):
        self.skipTest("skipping from inside")
    def test_is_instance_fail(self):
        self.assertIsInstance(3, str)
    def test_false(self):
        self.assertFalse([1])
    def test_dict_in(self):
        self.assertDictContainsSubset if False else None
        self.assertEqual({'a': [1, 2]}, {'a': [1, 3]})

class Child(Base):
    def test_child(self):
        self.assertEqual(self.shared[0], 1)

@unittest.skip("whole class")
class Skipped(unittest.TestCase):
    def test_a(self): pass

def suite():
    s = unittest.TestSuite()
    loader = unittest.TestLoader()
    s.addTest(loader.loadTestsFromTestCase(Base))
    s.addTest(Child("test_child"))
    s.addTest(loader.loadTestsFromTestCase(Skipped))
    return s

import re
stream = io.StringIO()
res = unittest.TextTestRunner(stream=stream, verbosity=2).run(suite())
out = re.sub(r"Ran (\d+) tests? in [\d.]+s", r"Ran \1 tests", stream.getvalue())
print(out)
print(res.testsRun, len(res.failures), len(res.errors), len(res.skipped))
print(log)
print(sorted(unittest.TestLoader().getTestCaseNames(Child)))
print(Base("test_shared").id(), str(Base("test_shared")), repr(Base("test_shared")))
print(Base("test_shared").shortDescription(), unittest.TestSuite().countTestCases(), suite().countTestCases())
