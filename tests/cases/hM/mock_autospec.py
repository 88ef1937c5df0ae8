from unittest import mock
from unittest.mock import create_autospec, patch, MagicMock, Mock, call, NonCallableMagicMock
class Real:
    attr = 10
    def meth(self, x, y=1): return x
    @classmethod
    def cm(cls, a): return a
    @staticmethod
    def sm(b): return b
    def __init__(self, n): self.n = n
def func(a, b, *, c=3): return a + b
f = create_autospec(func, return_value=7)
print(f(1, 2), f(1, b=2, c=4), f.call_count, f.call_args, f.call_args_list, f.called, f.mock_calls)
for bad in [lambda: f(1), lambda: f(1, 2, 3), lambda: f(1, 2, d=4)]:
    try: bad()
    except TypeError as e: print("TypeError", e)
print(f.call_count)
f.assert_called_with(1, b=2, c=4)
f.assert_any_call(1, 2)
try: f.assert_called_once_with(1, 2)
except AssertionError as e: print("AE", e)
f.return_value = 9; print(f(0, 0))
f.side_effect = [1, 2]; print(f(0, 0), f(0, 0))
f.side_effect = None
f.reset_mock(); print(f.call_count, f.called)
try: f.nonexistent
except AttributeError as e: print("AttributeError", e)
R = create_autospec(Real)
inst = R(5)
print(isinstance(inst, Real), isinstance(R, Mock), R.call_args)
try: R()
except TypeError as e: print("TypeError", e)
inst.meth(1, y=2); inst.meth(3)
print(inst.meth.call_args_list, inst.meth.call_count, inst.mock_calls)
try: inst.meth()
except TypeError as e: print("TypeError", e)
try: inst.meth(1, 2, 3)
except TypeError as e: print("TypeError", e)
print(R.cm(1) is not None, R.sm(2) is not None)
try: R.sm(1, 2)
except TypeError as e: print("TypeError", e)
try: R.cm()
except TypeError as e: print("TypeError", e)
try: inst.missing
except AttributeError as e: print("AttributeError", e)
print(R.attr is not None, inst.attr is not None)
inst.meth.return_value = "r"; print(inst.meth(1))
inst.meth.assert_called_with(1)
with patch.object(Real, "meth", autospec=True) as pm:
    pm.return_value = "patched"
    r = Real(1)
    print(r.meth(3), pm.call_args == call(r, 3), pm.call_count)
    try: r.meth()
    except TypeError as e: print("TypeError", e)
print(Real(1).meth(8))
import os.path
with patch("os.path.join", autospec=True) as pj:
    pj.return_value = "J"
    print(os.path.join("a", "b"), pj.call_args)
    try: os.path.join()
    except TypeError as e: print("TypeError", e)
print(os.path.join("a", "b"))
@patch("os.path.exists", autospec=True)
def t(me):
    me.return_value = True
    return os.path.exists("/nope"), me.call_count
print(t())
S = create_autospec(Real, spec_set=True)
try: S.newattr = 1
except AttributeError as e: print("AttributeError", e)
ni = create_autospec(Real, instance=True)
try: ni()
except TypeError as e: print("TypeError", e)
print(type(ni).__mro__[1].__name__ if False else "", isinstance(ni, Real))
m = create_autospec(len); print(m([1]) is not None)
c = create_autospec(lambda x: x); c(1); c.assert_called_once_with(1)
print(mock.__all__ if False else "create_autospec" in mock.__all__)
