import unittest, io, re

log = []
class A(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        log.append("setUpClass")
    @classmethod
    def tearDownClass(cls):
        log.append("tearDownClass")
    def setUp(self):
        log.append("setUp " + self._testMethodName)
        self.addCleanup(log.append, "cleanup " + self._testMethodName)
    def tearDown(self):
        log.append("tearDown")
    def test_a(self):
        log.append("a")
    def test_b(self):
        log.append("b")
        raise RuntimeError("boom")
    @unittest.skip("not now")
    def test_c(self):
        log.append("c")
    @unittest.expectedFailure
    def test_d(self):
        self.assertEqual(1, 2)
    @unittest.expectedFailure
    def test_e(self):
        pass
    def test_f(self):
        for i in range(4):
            with self.subTest(i=i):
                self.assertEqual(i % 2, 0)
    def test_g(self):
        self.skipTest("dynamic skip")
    @unittest.skipIf(True, "cond")
    def test_h(self): pass
    @unittest.skipUnless(True, "cond")
    def test_i(self): log.append("i")

def run(verb):
    log.clear()
    buf = io.StringIO()
    suite = unittest.defaultTestLoader.loadTestsFromTestCase(A)
    print(suite.countTestCases())
    r = unittest.TextTestRunner(stream=buf, verbosity=verb).run(suite)
    text = re.sub(r"in \d+\.\d+s", "in Xs", buf.getvalue())
    text = re.sub(r'File ".*?", line \d+', 'File X', text)
    print(text)
    print(log)
    print(r)  if False else None
    print(len(r.failures), len(r.errors), len(r.skipped), len(r.expectedFailures), len(r.unexpectedSuccesses))
    for t, reason in r.skipped:
        print(t.id(), reason)
    print(str(r.skipped[0][0]))
    print(repr(r.skipped[0][0]).split(" ")[0])
run(0); run(1); run(2)
