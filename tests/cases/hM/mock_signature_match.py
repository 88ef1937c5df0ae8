from unittest.mock import Mock, MagicMock, create_autospec, call, patch
class Svc:
    def __init__(self, host, port=80): pass
    def send(self, data, *, retries=1): pass
def g(x, y=2, *args, z, **kw): pass
m = Mock(spec=g)
m(1, z=3)
for args, kw in [((1,), {"z": 3}), ((), {"x": 1, "z": 3}), ((1, 2), {"z": 3}), ((1,), {})]:
    try: m.assert_called_with(*args, **kw); print("match", args, kw)
    except AssertionError as e: print("AE", e, "| cause:", type(e.__cause__).__name__ if e.__cause__ else None)
m.assert_any_call(x=1, z=3)
try: m.assert_any_call(5)
except AssertionError as e: print("AE", e, type(e.__cause__).__name__)
m.assert_has_calls([call(x=1, z=3)])
try: m.assert_has_calls([call(2, z=1)])
except AssertionError as e: print("AE", e)
S = Mock(spec=Svc); S("h"); S.assert_called_with(host="h")
try: S.assert_called_with("h", 80)
except AssertionError as e: print("AE", e)
inst = create_autospec(Svc, instance=True); inst.send(b"d", retries=2)
inst.send.assert_called_with(b"d", retries=2)
try: inst.send.assert_called_with(data=b"d", retries=2); print("autospec kw ok")
except AssertionError as e: print("AE", e)
print(inst.mock_calls, inst.send.call_args)
inst.assert_has_calls([call.send(b"d", retries=2)])
af = create_autospec(g); af(1, z=5); af.assert_called_once_with(x=1, z=5); print("autospec func kw ok")
