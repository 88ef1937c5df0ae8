# Formatter fields and styles, LogRecord attributes, exceptions and stack info in output.
import logging
import sys

log = logging.getLogger("fmt")
log.propagate = False
h = logging.StreamHandler(sys.stdout)
log.addHandler(h)
log.setLevel(logging.DEBUG)

formats = [
    "%(message)s",
    "%(levelname)s %(levelno)d %(name)s: %(message)s",
    "[%(levelname)-8s] %(message)10s|",
    "%(filename)s %(module)s %(funcName)s %(lineno)d",
    "%(name)r %(msg)r %(args)r",
    "%(threadName)s %(processName)s",
]
for f in formats:
    h.setFormatter(logging.Formatter(f))
    log.info("hello %s", "world")


def inner():
    log.warning("from inner")


h.setFormatter(logging.Formatter("%(funcName)s:%(lineno)d %(message)s"))
inner()
h.setFormatter(logging.Formatter("{levelname:>7} {name} {message}", style="{"))
log.error("brace %d", 3)
h.setFormatter(logging.Formatter("$levelname ${name} $message", style="$"))
log.debug("dollar")
h.setFormatter(logging.Formatter("%(levelname)s %(user)s %(message)s",
                                 defaults={"user": "nobody"}))
log.info("defaults")
log.info("extra", extra={"user": "alice"})
h.setFormatter(logging.Formatter("%(message)s %(missing)s"))
try:
    logging.Formatter("%(message)s %(missing)s").format(
        logging.makeLogRecord({"msg": "m"}))
except ValueError as e:
    print("ValueError:", e)
for bad in (("%(message)", "%"), ("plain", "%"), ("x", "#")):
    try:
        logging.Formatter(*bad)
    except ValueError as e:
        print("ValueError:", e)

h.setFormatter(logging.Formatter("%(levelname)s %(message)s"))
try:
    raise ValueError("bad value")
except ValueError:
    log.exception("caught")
try:
    1 / 0
except ZeroDivisionError as e:
    log.error("with exc_info", exc_info=e)
    log.warning("tuple exc_info", exc_info=sys.exc_info())
log.info("dict args %(a)s and %(b)s", {"a": 1, "b": 2})
log.info("no args %s")
log.info(12345)

rec = logging.makeLogRecord({"msg": "made %s", "args": ("here",), "levelno": 30,
                             "levelname": "WARNING", "name": "made"})
print(rec.getMessage(), rec.levelname, rec.name)
rec = log.makeRecord("n", logging.INFO, "/a/b/file.py", 7, "m %s", ("x",), None, "fn")
print(rec.filename, rec.module, rec.lineno, rec.funcName, rec.getMessage(), rec.pathname)
print(repr(rec))
try:
    log.info("clash", extra={"message": 1})
except KeyError as e:
    print("KeyError:", e)
f = logging.Formatter("%(asctime)s|%(message)s", datefmt="%Y")
r = logging.makeLogRecord({"msg": "t", "created": 0.0, "msecs": 0})
print(f.usesTime(), logging.Formatter("%(message)s").usesTime())
