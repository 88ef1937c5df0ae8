# unittest.mock: Mock/MagicMock call recording, assertion messages, side effects, patch.
from unittest import mock
from unittest.mock import Mock, MagicMock, call, patch, sentinel, ANY
m = mock.Mock()
for f in [lambda: m.assert_called_with(1), lambda: m.assert_called(), lambda: m.assert_called_once()]:
    try: f()
    except AssertionError as e: print(repr(str(e)))
m(1, a=2); m(2)
m.foo.bar(3)
m.foo()(4)
print(m.mock_calls, m.method_calls, m.foo.mock_calls, m.call_args, m.call_args_list)
for f in [lambda: m.assert_called_with(1), lambda: m.assert_called_once(), lambda: m.assert_not_called(), lambda: m.assert_called_once_with(2), lambda: m.assert_any_call(9), lambda: m.assert_has_calls([mock.call(2), mock.call(1)]), lambda: m.assert_has_calls([mock.call(7)], any_order=True)]:
    try: f()
    except AssertionError as e: print(repr(str(e)))
m.assert_called_with(2)
m.assert_any_call(1, a=2)
m.assert_has_calls([call(1, a=2), call(2)])
m.assert_has_calls([call.foo.bar(3)])
n = mock.Mock(name='nm')
try: n.x.assert_called_with(1)
except AssertionError as e: print(repr(str(e)))
n.x(5)
try: n.x.assert_called_with(1)
except AssertionError as e: print(repr(str(e)))
print(repr(n.x)[:22], repr(n.x())[:24], repr(m.foo.return_value)[:26], repr(m)[:10])
try: m.assret_x()
except AttributeError as e: print(e)
s = mock.Mock(spec=['a'])
try: s.b
except AttributeError as e: print(e)
print(mock.call(1, x=2), mock.call.a.b(3), mock.call, m.call_args.args, m.call_args.kwargs)
a, k = m.call_args; print(a, k)
print(m.call_args == call(2), m.call_args == ((2,), {}), m.call_args == ((3,),), call(1) == call(1, ANY) , call(1, ANY) == call(1, 5))
mm = mock.MagicMock()
print(len(mm), list(mm), bool(mm), int(mm), 3 in mm, float(mm))
print(repr(mm[1])[:40])
mm.__len__.return_value = 5; print(len(mm))
mm.__iter__.return_value = [1, 2]; print(list(mm))
mm.__getitem__.side_effect = lambda k: k * 2; print(mm[4])
with mm as x: print(x is mm.__enter__.return_value)
print(mm == mm, mm != mm, mm == 3)
r = Mock(return_value=7); print(r(), r.return_value)
se = Mock(side_effect=[1, 2, ValueError("third")])
print(se(), se())
try: se()
except ValueError as e: print("raised", e)
try: se()
except StopIteration: print("StopIteration")
ke = Mock(side_effect=KeyError)
try: ke()
except KeyError: print("KeyError raised")
fe = Mock(side_effect=lambda x: x + 1); print(fe(1))
de = Mock(side_effect=lambda: mock.DEFAULT, return_value=9); print(de())
w = Mock(wraps=len); print(w([1, 2]), w.call_count)
c = Mock(); c.configure_mock(**{"method.return_value": 3, "attr": "v"}); print(c.method(), c.attr)
c.reset_mock(); print(c.method.called, c.method())
print(sentinel.foo is sentinel.foo, sentinel.foo)
import os
with patch("os.getcwd", return_value="/fake") as p:
    print(os.getcwd(), p.call_count)
print(os.getcwd() != "/fake")
class K:
    value = 1
    def meth(self): return "real"
with patch.object(K, "meth", return_value="fake"):
    print(K().meth())
print(K().meth())
@patch.object(K, "value", 99)
def use(): return K.value
print(use(), K.value)
@patch("os.getcwd")
@patch("os.listdir")
def use2(ld, gc):
    gc.return_value = "g"; ld.return_value = ["l"]
    return os.getcwd(), os.listdir(".")
print(use2())
d = {"a": 1}
with patch.dict(d, {"b": 2}): print(sorted(d.items()))
print(d)
with patch.dict(d, {"c": 3}, clear=True): print(d)
print(d)
p = patch.object(K, "value", 5); p.start(); print(K.value); p.stop(); print(K.value)
try:
    with patch.object(K, "nope", 1): pass
except AttributeError as e: print("AttributeError", e)
with patch.object(K, "nope", 1, create=True): print(K.nope)
print(hasattr(K, "nope"))
sp = Mock(spec=K); print(isinstance(sp, K), repr(sp)[:16])
try: sp.other
except AttributeError as e: print(e)
del c.attr
try: c.attr
except AttributeError as e: print("deleted")
m2 = Mock(); m2.child = Mock(); m2.child(1); print(m2.mock_calls)
mock.seal(m2)
try: m2.newattr
except AttributeError as e: print("sealed", e)
