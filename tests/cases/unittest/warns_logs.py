# assertWarns / assertWarnsRegex and assertLogs / assertNoLogs.
import logging
import unittest
import warnings


class T(unittest.TestCase):
    def runTest(self):
        pass


t = T()

with t.assertWarns(DeprecationWarning) as cm:
    warnings.warn("old api", DeprecationWarning)
print(type(cm.warning).__name__, cm.warning, cm.lineno > 0, cm.filename.endswith(".py"))

with t.assertWarnsRegex(UserWarning, r"v\d"):
    warnings.warn("version v2")

t.assertWarns(RuntimeWarning, warnings.warn, "rt", RuntimeWarning)


def attempt(label, fn):
    try:
        fn()
    except AssertionError as e:
        print(label, "->", e)
    else:
        print(label, "ok")


def no_warning():
    with t.assertWarns(UserWarning):
        pass


def wrong_regex():
    with t.assertWarnsRegex(UserWarning, "^z"):
        warnings.warn("abc")


def by_callable():
    def quiet():
        return 1
    t.assertWarns(UserWarning, quiet)


attempt("none", no_warning)
attempt("regex", wrong_regex)
attempt("callable", by_callable)

with t.assertLogs() as cm:
    logging.getLogger("app").info("first %d", 1)
    logging.getLogger("app.db").error("second")
print(cm.output)
print([r.getMessage() for r in cm.records])

with t.assertLogs("app", level="WARNING") as cm:
    logging.getLogger("app").warning("warned")
    logging.getLogger("app").info("ignored")
print(cm.output)


def no_logs():
    with t.assertLogs("quiet", level=logging.ERROR):
        logging.getLogger("quiet").warning("below")


def unexpected_logs():
    with t.assertNoLogs("noisy"):
        logging.getLogger("noisy").info("hello")


attempt("no logs", no_logs)
attempt("unexpected", unexpected_logs)
with t.assertNoLogs("calm"):
    logging.getLogger("calm").debug("too low")
print(logging.getLogger("app").handlers, logging.getLogger("app").propagate)
