from unittest.mock import Mock, MagicMock, call, patch, NonCallableMock
import re
def clean(s): return re.sub(r"id='\d+'", "id=X", str(s))
m = Mock()
m.service.fetch(1)
checks = [lambda: m.service.fetch.assert_called_once_with(2), lambda: m.service.fetch.assert_not_called(), lambda: m.service.other.assert_called(),
          lambda: m.service.fetch.assert_called_with(), lambda: m.service.other.assert_called_with(1), lambda: m.service.fetch.assert_any_call(3),
          lambda: m.service.assert_has_calls([call.fetch(2)]), lambda: m.assert_has_calls([call.service.fetch(2)], any_order=True),
          lambda: m.service.fetch.assert_called_once(), lambda: Mock(name="named").assert_called_once(), lambda: m().x.assert_called()]
m.service.fetch(5)
for c in checks:
    try: c(); print("passed")
    except AssertionError as e: print("AE:", clean(e))
n = Mock(name="db")
n.query("x")
try: n.query.assert_called_with("y")
except AssertionError as e: print("AE:", e)
try: n.assert_called()
except AssertionError as e: print("AE:", e)
r = m.service.fetch.return_value
print(clean(repr(r)), clean(repr(m.service)), clean(repr(m())), clean(repr(m()())), clean(repr(m.a().b)))
print(clean(repr(Mock(name="x").y().z)), clean(repr(MagicMock(name="mm")[0])), clean(repr(MagicMock()[0].attr)))
nc = NonCallableMock(name="nc"); print(clean(repr(nc)), clean(repr(nc.child)))
s = Mock(spec=str); print(clean(repr(s)), clean(repr(Mock(spec_set=["a"]))), clean(repr(MagicMock(spec=dict).keys)))
