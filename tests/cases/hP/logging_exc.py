# compare: stderr
import logging, sys
logging.basicConfig(level=logging.DEBUG, format="%(levelname)s:%(name)s:%(message)s")
log = logging.getLogger("app")
def risky(x):
    return {"a": 1}[x]
try:
    risky("b")
except KeyError:
    log.exception("lookup failed for %r", "b")
try:
    try:
        1 / 0
    except ZeroDivisionError as e:
        raise ValueError("wrapped") from e
except ValueError:
    logging.error("with exc_info", exc_info=True)
    log.warning("no traceback")
    log.debug("stack", stack_info=False)
e = RuntimeError("passed instance")
log.error("instance exc_info", exc_info=e)
log.critical("tuple exc_info", exc_info=(type(e), e, None))
try:
    raise ExceptionGroup("grp", [ValueError(1), TypeError(2)])
except ExceptionGroup:
    log.exception("group")
class Fmt(logging.Formatter):
    def formatException(self, ei):
        return "EXC<" + ei[0].__name__ + ">"
h = logging.StreamHandler(sys.stdout)
h.setFormatter(Fmt("%(message)s"))
log2 = logging.getLogger("custom")
log2.addHandler(h)
log2.propagate = False
try:
    [][1]
except IndexError:
    log2.exception("custom formatted")
print("done")
