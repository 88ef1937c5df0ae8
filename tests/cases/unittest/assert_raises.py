# assertRaises / assertRaisesRegex as context manager and as a callable.
import unittest


class T(unittest.TestCase):
    def runTest(self):
        pass


t = T()

with t.assertRaises(ValueError) as cm:
    int("x")
print(type(cm.exception).__name__, cm.exception.args)
print(cm.exception.__traceback__)

with t.assertRaises((KeyError, IndexError)) as cm:
    [][1]
print(type(cm.exception).__name__)

e = t.assertRaises(ZeroDivisionError, lambda a, b: a / b, 1, b=0)
print(e)

with t.assertRaisesRegex(ValueError, r"invalid literal") as cm:
    int("q")
print(cm.expected_regex.pattern)

t.assertRaisesRegex(KeyError, "k", {}.__getitem__, "k")


def attempt(label, fn):
    try:
        fn()
    except AssertionError as e:
        print(label, "->", e)
    except Exception as e:
        print(label, "raised", type(e).__name__, e)
    else:
        print(label, "ok")


def ctx_not_raised():
    with t.assertRaises(ValueError):
        pass


def ctx_wrong_type():
    with t.assertRaises(ValueError):
        raise TypeError("other")


def ctx_msg():
    with t.assertRaises(ValueError, msg="needed"):
        pass


def regex_mismatch():
    with t.assertRaisesRegex(ValueError, "^abc"):
        raise ValueError("xyz")


def named_callable():
    def parse(s):
        return s
    t.assertRaises(ValueError, parse, "1")


def tuple_not_raised():
    t.assertRaises((ValueError, TypeError), lambda: None)


def not_exception():
    t.assertRaises(int, lambda: None)


def bad_kw():
    t.assertRaises(ValueError, foo=1)


attempt("not raised", ctx_not_raised)
attempt("wrong type", ctx_wrong_type)
attempt("msg", ctx_msg)
attempt("regex", regex_mismatch)
attempt("callable", named_callable)
attempt("tuple", tuple_not_raised)
attempt("not exception", not_exception)
attempt("bad kw", bad_kw)
attempt("builtin", lambda: t.assertRaises(KeyError, len, [1]))
