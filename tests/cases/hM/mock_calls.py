from unittest import mock
from unittest.mock import Mock, MagicMock, NonCallableMock, patch, call, seal, sentinel, DEFAULT
import re
def clean(s): return re.sub(r"id='\d+'", "id=X", str(s))
m = Mock(name="svc")
m.connect("db", port=5)
m.query.return_value.fetch.return_value = [1, 2]
print(m.query("sql").fetch(), m.mock_calls, m.method_calls)
print(m.connect.call_args.args, m.connect.call_args.kwargs, tuple(m.connect.call_args), m.connect.call_args[0], m.connect.call_args[1])
name, args, kwargs = m.mock_calls[0]; print(name, args, kwargs)
print(call.a.b(1).c(2), call(1).x, call.foo == call.foo, call(1) == (("",), (1,), {}) if False else "", repr(call), repr(call.x))
print(call(1, a=2).call_list(), call.x(1)(2).call_list())
print(clean(repr(m)), clean(repr(m.connect)), clean(repr(m.query())), clean(repr(Mock())), clean(repr(MagicMock(spec=dict))))
try: m.connect.assert_called_once_with("db")
except AssertionError as e: print("AE", e)
try: m.nothere.assert_called_once()
except AssertionError as e: print("AE", e)
try: m.connect.assert_not_called()
except AssertionError as e: print("AE", e)
try: m.assert_has_calls([call.connect("x")], any_order=True)
except AssertionError as e: print("AE", e)
try: m.asert_called()
except AttributeError as e: print("AttributeError", e)
w = Mock(wraps=lambda x: x + 1); print(w(1), w.call_count)
class Thing:
    def go(self, n): return n * 2
wt = Mock(wraps=Thing()); print(wt.go(4), wt.go.call_args)
n = NonCallableMock(); n.x = 1
try: n()
except TypeError as e: print("TypeError", e)
s = Mock(); s.a.b = 3; seal(s)
print(s.a.b)
try: s.c
except AttributeError as e: print("AttributeError", e)
try: s.a.z
except AttributeError as e: print("AttributeError", e)
mm = MagicMock()
mm.__str__.return_value = "custom"; print(str(mm))
mm.__eq__.return_value = True; print(mm == 3)
print(MagicMock() == MagicMock(), MagicMock() < MagicMock() if False else "", hash(mm) is not None, MagicMock().__enter__() is not None)
with MagicMock() as cm: print(type(cm).__name__)
mm.__getitem__.side_effect = lambda k: k * 2; print(mm[3], mm.__getitem__.call_args_list)
d = MagicMock(); d["a"] = 1; print(d.__setitem__.call_args)
try: MagicMock() + 1
except TypeError as e: print("TypeError", e)
x = MagicMock(); x += 1; print(type(x).__name__)
class Svc:
    def fetch(self): return "real"
@patch.object(Svc, "fetch")
@patch("os.getcwd")
def test(cwd, fetch):
    cwd.return_value = "/x"; fetch.return_value = "fake"
    import os
    return os.getcwd(), Svc().fetch()
print(test(), Svc().fetch())
@patch.multiple("os.path", exists=DEFAULT, isdir=DEFAULT)
def tm(exists, isdir):
    exists.return_value = "E"; import os.path; return os.path.exists("q"), isinstance(isdir, MagicMock)
print(tm())
@patch("os.getcwd", new=lambda: "newval")
def tn():
    import os; return os.getcwd()
print(tn())
p = patch("os.getcwd", return_value=42); started = p.start()
import os; print(os.getcwd(), started is not None); p.stop(); print(os.getcwd() != 42)
try:
    with patch("os.no_such_attr"): pass
except AttributeError as e: print("AttributeError", e)
with patch("os.no_such_attr", create=True, new=5): print(os.no_such_attr)
print(hasattr(os, "no_such_attr"))
try: patch("nodots")
except TypeError as e: print("TypeError", e)
try: patch.object("os", "x")
except TypeError as e: print("TypeError", e)
with patch.dict({"a": 1} if False else os.environ, clear=True) as env: print(len(env))
dd = {"a": 1}
with patch.dict(dd, {"b": 2}): print(dd)
print(dd)
@patch.dict(dd, c=3)
def td(): return dict(dd)
print(td(), dd)
se = Mock(side_effect=KeyError); 
try: se()
except KeyError as e: print("KeyError", repr(e))
ret = Mock(side_effect=lambda: DEFAULT, return_value=7); print(ret())
print(Mock(spec=Thing).go, isinstance(Mock(spec=Thing), Thing)) if False else print(isinstance(Mock(spec=Thing), Thing))
ms = Mock(spec_set=Thing)
try: ms.other = 1
except AttributeError as e: print("AttributeError", e)
mc = Mock(); mc.method(1); mc.method(2); print(mc.method.call_args_list, len(mc.mock_calls), mc.method.call_count)
mc.reset_mock(); print(mc.method.call_count, mc.mock_calls)
mk = Mock(**{"method.return_value": 3, "other.side_effect": ValueError}); print(mk.method())
par = Mock(); child = Mock(); par.attach_mock(child, "kid"); child(1); print(par.mock_calls)
print(clean(par.kid))
