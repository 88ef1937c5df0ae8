import unittest, io, re
from unittest import mock
from unittest.mock import Mock, MagicMock, patch, call, ANY, sentinel
def f(a, b, c=3): pass
m = Mock(spec=f)
m(1, 2)
m.assert_called_with(1, 2)
try: m.assert_called_with(a=1, b=2); print("kw match ok")
except AssertionError as e: print("AE", e)
try: m.assert_called_with(1, 2, 3); print("default match ok")
except AssertionError as e: print("AE", e)
try: m(1, 2, 3, 4)
except TypeError as e: print("TypeError", e)
try: m.any_attr
except AttributeError as e: print("AttributeError", e)
m2 = Mock(); m2(1, {"k": [1, 2]}, x=object())
m2.assert_called_with(1, {"k": ANY}, x=ANY)
print(m2.call_args == ((1, {"k": [1, 2]}), {"x": ANY}), m2.call_args == call(1, ANY, x=ANY), m2.call_args != call(2))
print(m2.call_args[0][0], m2.call_args.args[1], list(m2.call_args.kwargs))
mm = MagicMock(); mm.configure_mock(**{"__iter__.return_value": iter("ab"), "method.side_effect": [1, 2]})
print(list(mm), mm.method(), mm.method())
mc = MagicMock(); mc.a.b.c(1); mc.a(2).d(3)
print(mc.mock_calls)
print(mc.mock_calls == [call.a.b.c(1), call.a(2), call.a().d(3)])
@patch("os.getcwd", return_value="/p")
class TC(unittest.TestCase):
    def setUp(self): self.x = 1
    def test_one(self, mg):
        import os
        self.assertEqual(os.getcwd(), "/p"); mg.assert_called_once()
    def test_two(self, mg):
        self.assertFalse(mg.called)
    def helper(self): return "not patched arg"
r = unittest.TextTestRunner(stream=io.StringIO()).run(unittest.defaultTestLoader.loadTestsFromTestCase(TC))
print(r.testsRun, r.wasSuccessful(), TC().helper() if False else "")
class TC2(unittest.TestCase):
    def setUp(self):
        p = patch.dict("os.environ", {"ZZ": "1"}); p.start(); self.addCleanup(p.stop)
        self.mock_cwd = patch("os.getcwd").start(); self.addCleanup(patch.stopall)
    def test_env(self):
        import os
        self.assertEqual(os.environ["ZZ"], "1"); self.assertIsInstance(os.getcwd(), MagicMock)
r = unittest.TextTestRunner(stream=io.StringIO()).run(unittest.defaultTestLoader.loadTestsFromTestCase(TC2))
import os; print(r.wasSuccessful(), "ZZ" in os.environ, isinstance(os.getcwd(), str))
with patch.object(os, "listdir", side_effect=OSError("denied")):
    try: os.listdir(".")
    except OSError as e: print("OSError", e)
m3 = Mock(return_value=sentinel.result); print(m3() is sentinel.result, sentinel.result)
n = Mock(); n.x.return_value = 5; n.configure_mock(y=3)
print(n.x(), n.y, dir(n)[:0])
def side(*args, **kwargs): return mock.DEFAULT
m4 = Mock(side_effect=side, return_value=9); print(m4(1))
m5 = MagicMock(); m5.__getitem__.side_effect = KeyError("nokey")
try: m5["x"]
except KeyError as e: print("KeyError", e)
print(MagicMock().__str__.return_value if False else "", str(MagicMock(name="nm")).startswith("<MagicMock name='nm'"), int(MagicMock()), float(MagicMock()), len(MagicMock()), complex(MagicMock()))
m6 = Mock(); m6.method.return_value.chain.return_value = "end"; print(m6.method().chain())
m6.method.assert_called_once_with(); print(m6.method.return_value.chain.call_count)
m7 = Mock(); m7.a = 1; del m7.b
try: m7.b
except AttributeError as e: print("AttributeError", e)
print(hasattr(m7, "b"), hasattr(m7, "c"), m7.a)
