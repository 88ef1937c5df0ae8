import unittest, io, re

def helper(d):
    return d["key"] + 1

class Account:
    def __init__(self, bal): self.bal = bal
    def withdraw(self, n):
        if n > self.bal:
            raise ValueError("insufficient funds: %d > %d" % (n, self.bal))
        self.bal -= n

class T(unittest.TestCase):
    def test_keyerror(self):
        x = helper({"k": 1}) * 2
    def test_chain(self):
        try:
            int("abc")
        except ValueError as e:
            raise RuntimeError("conversion failed") from e
    def test_context(self):
        try:
            [][1]
        except IndexError:
            {}.pop("x")
    def test_withdraw(self):
        acct = Account(10)
        acct.withdraw(5)
        acct.withdraw(50)
    def test_assert_stmt(self):
        assert 1 + 1 == 3, "math is broken"
    def test_assert_plain(self):
        value = [1, 2]
        assert len(value) == 3
    def test_nested_fail(self):
        def check(v):
            self.assertTrue(v > 3, f"{v} too small")
        for v in (5, 2):
            check(v)
    def test_typeerr(self):
        result = "a" + 1
    def test_attr(self):
        obj = Account(1)
        obj.balance
    def test_sub_error(self):
        for i in range(3):
            with self.subTest(case=i):
                if i == 1:
                    raise KeyError(i)
                self.assertEqual(i, 0)

buf = io.StringIO()
r = unittest.TextTestRunner(stream=buf, verbosity=1).run(unittest.TestLoader().loadTestsFromTestCase(T))
text = re.sub(r"in \d+\.\d+s", "in Xs", buf.getvalue())
print(re.sub(r'File ".*?", ', 'File X, ', text))
print(len(r.errors), len(r.failures))
for test, tb in r.errors[:2]:
    print(test, "|", tb.splitlines()[-1])
