import logging, logging.config, logging.handlers, io, sys, time
stream = io.StringIO()
logging.config.dictConfig({
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"brief": {"format": "%(levelname)s %(name)s: %(message)s"},
                   "braces": {"format": "{levelname:<7}|{message}", "style": "{"}},
    "filters": {"only_app": {"name": "app"}},
    "handlers": {"out": {"class": "logging.StreamHandler", "stream": "ext://sys.stdout", "formatter": "brief", "level": "INFO"},
                 "mem": {"class": "logging.StreamHandler", "formatter": "braces", "filters": ["only_app"]}},
    "loggers": {"app": {"handlers": ["out"], "level": "DEBUG", "propagate": False},
                "app.sub": {"level": "WARNING"}},
    "root": {"handlers": ["mem"], "level": "ERROR"},
})
a = logging.getLogger("app")
a.debug("not shown (handler INFO)"); a.info("info shown"); logging.getLogger("app.sub").info("sub info hidden"); logging.getLogger("app.sub").warning("sub warn")
print(a.level, logging.getLogger("app.sub").level, logging.getLogger("app.sub").getEffectiveLevel(), logging.root.level, [type(h).__name__ for h in a.handlers])
try: logging.config.dictConfig({"version": 2})
except ValueError as e: print("ValueError", e)
try: logging.config.dictConfig({"version": 1, "handlers": {"h": {"class": "no.such.Handler"}}})
except ValueError as e: print("ValueError", str(e)[:40])
mh = logging.handlers.MemoryHandler(capacity=3, flushLevel=logging.ERROR, target=logging.StreamHandler(sys.stdout))
ml = logging.getLogger("mem"); ml.propagate = False; ml.addHandler(mh); ml.setLevel(logging.DEBUG)
ml.info("buffered 1"); ml.info("buffered 2"); print("-- before flush"); ml.info("buffered 3 triggers"); ml.info("b4"); ml.error("error flushes"); mh.close()
import queue
q = queue.Queue(); qh = logging.handlers.QueueHandler(q)
ql = logging.getLogger("q"); ql.setLevel(logging.INFO); ql.propagate = False; ql.addHandler(qh); ql.warning("to queue %d", 1)
rec = q.get_nowait(); print(rec.getMessage(), rec.msg, rec.args, rec.levelname)
f = logging.Formatter("%(asctime)s %(msecs)03d %(message)s", datefmt="%Y/%m/%d %H:%M:%S")
f.converter = time.gmtime
r = logging.LogRecord("n", logging.INFO, "p.py", 1, "hello", None, None)
r.created = 86400 * 365 + 0.25; r.msecs = 250
print(f.format(r), f.formatTime(r), f.formatTime(r, "%H"))
f2 = logging.Formatter("%(message)s|%(custom)s", defaults={"custom": "dflt"}); print(f2.format(r))
f3 = logging.Formatter(); print(repr(f3.format(r)), f3.usesTime(), f.usesTime())
try:
    raise KeyError("boom")
except KeyError:
    r2 = logging.LogRecord("n", logging.ERROR, "p.py", 1, "failed", None, sys.exc_info())
out = logging.Formatter("%(levelname)s:%(message)s").format(r2)
print(out.splitlines()[0], out.splitlines()[-1], len(out.splitlines()) > 2)
r3 = logging.makeLogRecord({"msg": "made %s", "args": ("x",), "levelno": 30, "levelname": "WARNING"})
print(r3.getMessage(), r3.levelname, r3.name)
bf = logging.BufferingFormatter(logging.Formatter("<%(message)s>")); print(bf.format([r, r3]))
h = logging.StreamHandler(sys.stdout); h.setFormatter(logging.Formatter("%(name)s %(levelname)s %(message)s"))
root = logging.getLogger(); root.handlers = [h]; root.setLevel(logging.DEBUG)
logging.info("root info"); logging.debug("root debug %s %s", 1, [2]); logging.log(logging.WARNING, "via log")
lg = logging.getLogger("x.y.z"); lg.critical("deep"); print(lg.parent.name, logging.getLogger("x.y").parent.name if logging.getLogger("x.y").parent else None)
print(logging.getLevelNamesMapping()["WARN"] if hasattr(logging, "getLevelNamesMapping") else 30, logging._nameToLevel["INFO"])
ca = logging.getLogger("cap"); ca.propagate = False
with_cap = io.StringIO(); sh = logging.StreamHandler(with_cap); sh.terminator = " END\n"; ca.addHandler(sh); ca.warning("term"); print(repr(with_cap.getvalue()))
nh = logging.NullHandler(); ca.handlers = [nh]; ca.error("nothing")
logging.captureWarnings(True)
import warnings; warnings.warn("a warning via logging")
logging.captureWarnings(False)
print(logging.getLogger("py.warnings").handlers, logging.lastResort.level)
