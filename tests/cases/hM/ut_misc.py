import unittest, io, re

class M(unittest.TestCase):
    def test_warns(self):
        import warnings
        with self.assertWarns(DeprecationWarning) as cm:
            warnings.warn("old", DeprecationWarning)
        print("warn:", cm.warning, type(cm.warning).__name__)
    def test_logs(self):
        import logging
        with self.assertLogs("foo", level="INFO") as cm:
            logging.getLogger("foo").info("first message")
            logging.getLogger("foo.bar").error("second message")
        print(cm.output)
        print([r.getMessage() for r in cm.records])
    def test_nologs(self):
        with self.assertLogs("quiet"):
            pass
    def test_raises_callable(self):
        self.assertRaises(ZeroDivisionError, lambda: 1 / 0)
        e = self.assertRaises(TypeError, len)
        print("e is", e)
    def test_fail(self):
        self.fail("explicit failure")
    def test_long_str(self):
        self.assertEqual("a" * 50 + "b", "a" * 50 + "c")
    def test_not_almost(self):
        self.assertNotAlmostEqual(1.0, 1.0000001)
    def test_isnot(self):
        x = []
        self.assertIsNot(x, x)
    def test_notisinstance(self):
        self.assertNotIsInstance(1, int, "ints!")
    def test_notregex(self):
        self.assertNotRegex("abc123", r"\d")
    def test_set_eq(self):
        self.assertSetEqual({1, 2, 3}, {1, 4})
    def test_tuple_eq(self):
        self.assertTupleEqual((1, 2), (1, 2, 3))
    def test_greater_equal(self):
        self.assertGreaterEqual(1, 5)
    def test_isnotnone(self):
        self.assertIsNotNone(None)
    def test_dict_long(self):
        self.maxDiff = 50
        self.assertEqual({i: str(i) for i in range(10)}, {i: str(i) for i in range(1, 11)})
    def test_longmessage(self):
        self.longMessage = False
        self.assertEqual(1, 2, "only mine")
    def test_typeerror_eq(self):
        self.assertEqual(1, "1")

buf = io.StringIO()
suite = unittest.TestLoader().loadTestsFromTestCase(M)
r = unittest.TextTestRunner(stream=buf, verbosity=2).run(suite)
text = re.sub(r"in \d+\.\d+s", "in Xs", buf.getvalue())
text = re.sub(r'File ".*?", line \d+', 'File X', text)
print(text.replace("    self._raiseFailure(\n", ""))
print(unittest.TestLoader().getTestCaseNames(M))
s = unittest.TestSuite()
s.addTest(M("test_fail"))
s.addTests([M("test_isnot"), M("test_not_almost")])
print(s.countTestCases(), [t._testMethodName for t in s])
print(M("test_fail").id(), str(M("test_fail")), M("test_fail").shortDescription())
try:
    M("nonexistent")
except Exception as e:
    print(type(e).__name__, e)

class N(unittest.TestCase):
    def test_nologs_fail(self):
        import logging
        with self.assertNoLogs("loud", level="WARNING"):
            logging.getLogger("loud").warning("oops %d", 3)
    def test_nologs_ok(self):
        import logging
        with self.assertNoLogs("loud", level="WARNING") as cm:
            logging.getLogger("loud").info("fine")
        print("cm:", cm)
buf = io.StringIO()
r = unittest.TextTestRunner(stream=buf, verbosity=2).run(unittest.TestLoader().loadTestsFromTestCase(N))
text = re.sub(r"in \d+\.\d+s", "in Xs", buf.getvalue())
text = re.sub(r'File ".*?", line \d+', 'File X', text)
print(text.replace("    self._raiseFailure(\n", ""))
