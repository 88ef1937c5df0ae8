# Handler terminator, exc_info outside an exception, loggerDict placeholders, handler levels,
# formatter subclasses, chained exceptions in Logger.exception, bad format arguments.
import logging, sys
h = logging.StreamHandler(sys.stdout)
h.terminator = " <END>\n"
log = logging.getLogger("t")
log.addHandler(h)
log.warning("custom terminator")
log.error("exc info without exception", exc_info=True)
print(logging.getLogger("") is logging.root, logging.getLogger(None) is logging.root)
logging.getLogger("p.q.r")
print(sorted(k for k in logging.Logger.manager.loggerDict if k.startswith(("p", "t"))))
print(logging.root.manager is log.manager, logging.root.parent)
h.setLevel(logging.ERROR)
log.warning("filtered by handler level")
print(log.level, log.propagate, log.disabled, log.filters)
f = logging.Formatter("%(levelname)s %(message)s")
f.default_msec_format = None
rec = logging.makeLogRecord({"msg": "x", "levelname": "INFO", "created": 0})
print(f.format(rec))
class NoMsg(logging.Formatter):
    def format(self, record):
        return "<<" + super().format(record) + ">>"
h.setFormatter(NoMsg())
log.critical("subclassed formatter")
h.setFormatter(logging.Formatter("%(message)s"))
try:
    raise RuntimeError("inner")
except RuntimeError:
    try:
        raise ValueError("outer")
    except ValueError:
        log.exception("chained")
log.error("%s %s", "only one")
log.error("ok %s", ("tuple",))
