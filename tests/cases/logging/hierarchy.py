# Logger hierarchy: parents, effective levels, propagation, handler levels, disable().
import logging
import sys


def handler(tag, level=logging.NOTSET):
    h = logging.StreamHandler(sys.stdout)
    h.setFormatter(logging.Formatter(tag + " %(name)s %(levelname)s %(message)s"))
    h.setLevel(level)
    return h


c = logging.getLogger("a.b.c")
a = logging.getLogger("a")
print(c.parent is a, c.parent.name)
b = logging.getLogger("a.b")
print(c.parent is b, b.parent is a, a.parent is logging.root)
print(logging.getLogger("a.b") is b, logging.getLogger() is logging.root,
      logging.getLogger("root") is logging.root)
print(a, b, c, logging.root)
print(c.getEffectiveLevel(), c.isEnabledFor(logging.INFO))
a.setLevel(logging.DEBUG)
print(c.getEffectiveLevel(), c.isEnabledFor(logging.INFO), c)
b.setLevel("ERROR")
print(c.getEffectiveLevel(), logging.getLevelName(c.getEffectiveLevel()))
b.setLevel(logging.NOTSET)

logging.root.addHandler(handler("ROOT"))
a.addHandler(handler("A", logging.WARNING))
c.info("info from c")
c.warning("warning from c")
b.propagate = False
c.error("stopped at b")
b.addHandler(handler("B"))
c.error("handled by b")
print(c.hasHandlers(), logging.getLogger("z").hasHandlers())
b.propagate = True
logging.disable(logging.WARNING)
c.warning("disabled")
c.error("above disable")
logging.disable(logging.NOTSET)
c.disabled = True
c.critical("logger disabled")
c.disabled = False
child = a.getChild("b.c")
print(child is c, logging.root.getChild("q").name)
print(logging.getLevelName(logging.WARN), logging.getLevelName("WARN"),
      logging.getLevelName(25), logging.getLevelName("nope"))
logging.addLevelName(25, "NOTICE")
a.log(25, "notice level")
print(logging.getLevelName(25), logging.getLevelName("NOTICE"))
for bad in ("LOUD", 2.5):
    try:
        a.setLevel(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    a.log("INFO", "x")
except TypeError as e:
    print("TypeError:", e)
print(type(logging.getLogger("a.b")).__name__, isinstance(logging.root, logging.Logger))
