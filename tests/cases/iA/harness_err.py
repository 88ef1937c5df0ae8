import sys
import traceback


class TestFailure(AssertionError):
    pass


class Suite:
    registry = []

    def __init_subclass__(cls, **kw):
        super().__init_subclass__(**kw)
        Suite.registry.append(cls)

    def setUp(self):
        pass

    def tearDown(self):
        pass

    def assertEqual(self, a, b, msg=None):
        if a != b:
            raise TestFailure(msg or f"{a!r} != {b!r}")

    def assertRaises(self, exc, fn, *args):
        try:
            fn(*args)
        except exc as e:
            return e
        except Exception as e:
            raise TestFailure(f"expected {exc.__name__}, got {type(e).__name__}") from e
        raise TestFailure(f"{exc.__name__} not raised")


def run_all():
    results = {"pass": 0, "fail": 0, "error": 0}
    for cls in Suite.registry:
        for name in sorted(n for n in dir(cls) if n.startswith("test")):
            inst = cls()
            inst.setUp()
            try:
                getattr(inst, name)()
            except AssertionError as e:
                results["fail"] += 1
                print(f"FAIL  {cls.__name__}.{name}: {e}")
                if e.__cause__ is not None:
                    print(f"      caused by {type(e.__cause__).__name__}: {e.__cause__}")
            except Exception as e:
                results["error"] += 1
                print(f"ERROR {cls.__name__}.{name}: {type(e).__name__}: {e}")
                tb = traceback.extract_tb(e.__traceback__)
                print(f"      at {tb[-1].name} line offset {tb[-1].lineno - tb[0].lineno}")
            else:
                results["pass"] += 1
                print(f"ok    {cls.__name__}.{name}")
            finally:
                inst.tearDown()
    return results


class TestMath(Suite):
    def test_add(self):
        self.assertEqual(1 + 1, 2)

    def test_float(self):
        self.assertEqual(0.1 + 0.2, 0.3)

    def test_div(self):
        e = self.assertRaises(ZeroDivisionError, lambda: 1 // 0)
        self.assertEqual(str(e), "integer division or modulo by zero")

    def test_wrong_exc(self):
        self.assertRaises(KeyError, int, "x")

    def test_not_raised(self):
        self.assertRaises(ValueError, int, "5")

    def test_error(self):
        return {}["missing"]

    def test_assert_stmt(self):
        x = 5
        assert x > 10, f"x too small: {x}"

    def test_bare_assert(self):
        assert [] , None


class TestStr(Suite):
    def setUp(self):
        self.s = "Hello"

    def test_upper(self):
        self.assertEqual(self.s.upper(), "HELLO")

    def test_index(self):
        self.assertEqual(self.s.index("z"), -1)

    def test_attr(self):
        self.s.nothing()

    def tearDown(self):
        del self.s


r = run_all()
print(r, sum(r.values()))
print([c.__name__ for c in Suite.registry])
try:
    assert False
except AssertionError as e:
    print(repr(e), e.args)
try:
    assert 1 == 2, ("tuple", "msg")
except AssertionError as e:
    print(repr(e), e.args)
if r["fail"]:
    raise SystemExit(f"{r['fail']} failures") if False else TestFailure(f"{r['fail']} tests failed")
