import unittest, sys, io

class Account:
    def __init__(self, owner, balance=0):
        if balance < 0:
            raise ValueError("negative balance")
        self.owner = owner
        self._balance = balance
    @property
    def balance(self): return self._balance
    def deposit(self, amt):
        if amt <= 0: raise ValueError(f"invalid amount: {amt!r}")
        self._balance += amt
    def withdraw(self, amt):
        if amt > self._balance: raise RuntimeError("insufficient funds")
        self._balance -= amt
    def __repr__(self): return f"Account({self.owner!r}, {self._balance})"
    def __eq__(self, o): return isinstance(o, Account) and (self.owner, self._balance) == (o.owner, o._balance)

class TestAccount(unittest.TestCase):
    def setUp(self):
        self.acc = Account("ann", 100)
    def tearDown(self):
        del self.acc
    def test_deposit(self):
        self.acc.deposit(50)
        self.assertEqual(self.acc.balance, 150)
    def test_withdraw_fail(self):
        with self.assertRaises(RuntimeError) as cm:
            self.acc.withdraw(500)
        self.assertEqual(str(cm.exception), "insufficient funds")
    def test_bad_deposit(self):
        self.assertRaises(ValueError, self.acc.deposit, -1)
        with self.assertRaisesRegex(ValueError, r"invalid amount: -?\d+"):
            self.acc.deposit(-5)
    def test_eq(self):
        self.assertEqual(self.acc, Account("ann", 100))
        self.assertNotEqual(self.acc, Account("bob", 100))
        self.assertIsInstance(self.acc, Account)
        self.assertIn("ann", repr(self.acc))
    def test_float(self):
        self.assertAlmostEqual(0.1 + 0.2, 0.3)
        self.assertAlmostEqual(1.0, 1.05, delta=0.1)
        self.assertNotAlmostEqual(1.0, 1.1, places=3)
    def test_subtests(self):
        for i in range(4):
            with self.subTest(i=i):
                self.assertEqual(i % 2, 0)
    def test_fail_eq(self):
        self.assertEqual([1, 2, 3], [1, 2, 4])
    def test_fail_dict(self):
        self.assertDictEqual({'a': 1, 'b': 2}, {'a': 1, 'b': 3})
    def test_fail_str(self):
        self.assertEqual("hello world\nline2", "hello World\nline2")
    def test_error(self):
        raise KeyError('boom')
    @unittest.skip("not ready")
    def test_skip(self):
        self.fail("never")
    @unittest.skipIf(sys.version_info >= (3,), "py3")
    def test_skipif(self): pass
    @unittest.expectedFailure
    def test_xfail(self):
        self.assertTrue(False)
    @unittest.expectedFailure
    def test_xpass(self):
        pass
    def test_true(self):
        self.assertTrue(0, "zero is falsy")
    def test_is_none(self):
        self.assertIsNone(self.acc)
    def test_count(self):
        self.assertCountEqual([1, 2, 2, 3], [3, 2, 1, 1])
    def test_greater(self):
        self.assertGreater(1, 2)
    def test_raises_nothing(self):
        with self.assertRaises(ZeroDivisionError):
            pass
    def test_seq(self):
        self.assertListEqual([1, 2], [1, 2, 3])
    def test_tuple(self):
        self.assertTupleEqual((1, 'a'), (1, 'b'))
    def test_set(self):
        self.assertSetEqual({1, 2}, {2, 3})
    def test_in(self):
        self.assertIn(5, [1, 2])
    def test_msg(self):
        self.assertEqual(1, 2, msg="custom message")

class TestLongMessage(unittest.TestCase):
    longMessage = False
    def test_short(self):
        self.assertEqual(1, 2, "only this")

def strip_time(s):
    import re
    return re.sub(r"Ran (\d+) tests? in [\d.]+s", r"Ran \1 tests in X", s)

buf = io.StringIO()
runner = unittest.TextTestRunner(stream=buf, verbosity=2)
suite = unittest.TestLoader().loadTestsFromTestCase(TestAccount)
suite.addTests(unittest.defaultTestLoader.loadTestsFromTestCase(TestLongMessage))
res = runner.run(suite)
print(strip_time(buf.getvalue()))
print(res.testsRun, len(res.failures), len(res.errors), len(res.skipped), len(res.expectedFailures), len(res.unexpectedSuccesses))
print(res.wasSuccessful())
for t, msg in res.skipped: print(t.id(), msg)
print(repr(res)[:40].split(' ')[0])
