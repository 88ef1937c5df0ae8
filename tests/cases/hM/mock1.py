from unittest import mock
from unittest.mock import Mock, MagicMock, patch, call, sentinel, ANY, PropertyMock, create_autospec, mock_open
m = Mock(return_value=3)
print(m(1, a=2), m.call_count, m.called, m.call_args, m.call_args_list, m.method(5) is m.method.return_value, m.method.call_args)
print(m.mock_calls, m.method_calls)
m.assert_called_with(1, a=2); m.assert_called_once()
for f in [lambda: m.assert_called_with(2), lambda: m.assert_not_called(), lambda: m.method.assert_called_once_with(6), lambda: Mock().assert_called(), lambda: m.assert_any_call(9)]:
    try: f()
    except AssertionError as e: print("AE:", e)
s = Mock(side_effect=[1, 2, ValueError("third")])
print(s(), s())
try: s()
except ValueError as e: print("VE", e)
try: s()
except StopIteration as e: print("StopIteration", e)
f = Mock(side_effect=lambda x: x * 2); print(f(21))
mm = MagicMock(); mm.__len__.return_value = 7; mm.__getitem__.return_value = "item"
print(len(mm), mm[0], mm["x"], list(MagicMock()), 5 in mm, bool(mm), int(mm), str(type(mm.__iter__)))
mm.__iter__.return_value = iter([1, 2]); print(list(mm))
spec = Mock(spec=["a", "b"]); print(spec.a is not None)
try: spec.c
except AttributeError as e: print("AttributeError", e)
class Real:
    def meth(self, x, y=1): return x
    value = 10
auto = create_autospec(Real)
inst = auto(); inst.meth(1, y=2)
try: inst.meth()
except TypeError as e: print("TypeError", e)
print(inst.meth.call_args)
with patch("os.getcwd", return_value="/fake") as pg:
    import os; print(os.getcwd(), pg.called)
print(os.getcwd() != "/fake")
@patch.object(Real, "value", 99)
def t(): return Real.value
print(t(), Real.value)
with patch.dict("os.environ", {"MY_VAR": "1"}):
    print(os.environ["MY_VAR"])
print("MY_VAR" in os.environ)
with patch.object(Real, "meth", autospec=True) as pm:
    pm.return_value = "patched"; rr = Real(); print(rr.meth(3), pm.call_args == call(rr, 3))
m2 = Mock(); m2(1); m2(2); m2.x(3)
print(m2.call_args_list == [call(1), call(2)], m2.mock_calls, call(1, ANY) == call(1, "whatever"))
m2.assert_has_calls([call(1), call(2)])
try: m2.assert_has_calls([call(2), call(1)])
except AssertionError as e: print("AE:", e)
print(sentinel.foo, sentinel.foo is sentinel.foo, repr(ANY))
m3 = Mock(name="mine"); print(repr(m3)[:15], repr(m3.attr)[:20])
m3.reset_mock(); print(m3.called)
p = PropertyMock(return_value=5)
type(m3).prop = p; print(m3.prop); p.assert_called_once_with()
mo = mock_open(read_data="line1\nline2\n")
with patch("builtins.open", mo):
    with open("f.txt") as fh: print(fh.read())
    with open("f.txt") as fh: print(fh.readlines())
mo.assert_called_with("f.txt")
m4 = Mock(); m4.configure_mock(**{"a.b.return_value": 3, "x": 1}); print(m4.a.b(), m4.x)
m5 = Mock(return_value=None); m5.side_effect = KeyError("k")
try: m5()
except KeyError as e: print("KeyError", e)
print(mock.DEFAULT, Mock().return_value is not None, isinstance(MagicMock(), Mock))
