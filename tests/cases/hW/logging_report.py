import io
import logging
import logging.handlers


class ContextFilter(logging.Filter):
    def __init__(self, user):
        super().__init__()
        self.user = user
        self.count = 0

    def filter(self, record):
        self.count += 1
        record.user = self.user
        return not record.getMessage().startswith("secret")


class UpperFormatter(logging.Formatter):
    def format(self, record):
        return super().format(record).upper()


stream = io.StringIO()
log = logging.getLogger("app")
log.setLevel(logging.DEBUG)
h = logging.StreamHandler(stream)
h.setFormatter(logging.Formatter("%(levelname)-8s|%(name)s|%(user)s|%(message)s"))
f = ContextFilter("alice")
h.addFilter(f)
log.addHandler(h)
child = logging.getLogger("app.db")
child.info("connected to %s:%d", "localhost", 5432)
log.debug("debug %r", {"k": [1, 2]})
log.warning("secret token %s", "xyz")
log.error("failed: %(code)s", {"code": 500})
child.setLevel(logging.ERROR)
child.warning("hidden")
child.critical("shown %.2f%%", 99.5)
try:
    1 / 0
except ZeroDivisionError:
    log.exception("math broke")
out = stream.getvalue()
lines = out.splitlines()
print(lines[:6])
print([l for l in lines if l.startswith("Traceback") or l.startswith("ZeroDivision")])
print("filter count", f.count)

s2 = io.StringIO()
h2 = logging.StreamHandler(s2)
h2.setFormatter(UpperFormatter("{levelname}:{name}:{message}", style="{"))
h2.setLevel(logging.WARNING)
other = logging.getLogger("other")
other.propagate = False
other.addHandler(h2)
other.setLevel(logging.INFO)
other.info("not shown")
other.warning("careful %s", "now")
other.log(35, "custom level")
logging.addLevelName(35, "NOTICE")
other.log(35, "named custom level")
print(repr(s2.getvalue()))

s3 = io.StringIO()
h3 = logging.StreamHandler(s3)
h3.setFormatter(logging.Formatter("$levelname $message [$funcName:$lineno]", style="$"))
l3 = logging.getLogger("dollar")
l3.addHandler(h3)
l3.propagate = False


def worker():
    l3.warning("in worker")


worker()
print(s3.getvalue(), end="")
print(logging.getLevelName(10), logging.getLevelName("INFO"), logging.getLevelName(37), logging.getLevelName("NOTICE"))
print(log.getEffectiveLevel(), child.getEffectiveLevel(), logging.getLogger("app.db.x").getEffectiveLevel())
print(log.isEnabledFor(logging.DEBUG), child.isEnabledFor(logging.WARNING), child.parent.name, logging.getLogger().name)
print(repr(log), repr(child), repr(logging.root))
mem = logging.handlers.MemoryHandler(capacity=3, flushLevel=logging.ERROR, target=h3)
l4 = logging.getLogger("mem")
l4.propagate = False
l4.addHandler(mem)
l4.warning("one")
l4.warning("two")
print(repr(s3.getvalue().count("\n")))
l4.error("three")
print(s3.getvalue().splitlines()[-3:])
rec = logging.LogRecord("n", logging.INFO, "/x/y.py", 7, "hello %s %s", ("a", 1), None)
print(rec.getMessage(), rec.levelname, rec.filename, rec.module, rec.lineno)
fmt = logging.Formatter("%(message)s %(missing)s")
try:
    fmt.format(rec)
except Exception as e:
    print(type(e).__name__, e)
bad = logging.Formatter("%(asctime)s", datefmt="%Y")
print(len(bad.format(rec)))
try:
    logging.Formatter("%(message", style="%").format(rec)
except Exception as e:
    print(type(e).__name__, e)
try:
    logging.Formatter("x", style="!")
except Exception as e:
    print(type(e).__name__, e)
la = logging.LoggerAdapter(log, {"user": "bob"})
la.info("adapter msg")
print(stream.getvalue().splitlines()[-1])
