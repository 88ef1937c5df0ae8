# Handlers and filters: levels, Filter by name, callable filters, NullHandler, LoggerAdapter.
import io
import logging
import sys

root = logging.getLogger()
out = io.StringIO()
h = logging.StreamHandler(out)
h.setFormatter(logging.Formatter("%(name)s:%(levelname)s:%(message)s"))
root.addHandler(h)
root.setLevel(logging.DEBUG)

logging.getLogger("net.http").info("kept")
h.addFilter(logging.Filter("net"))
logging.getLogger("net.http").info("net child kept")
logging.getLogger("network").info("dropped, not a child")
logging.getLogger("net").info("net itself kept")
h.filters.clear()


def only_even(record):
    return record.args and record.args[0] % 2 == 0


h.addFilter(only_even)
for i in range(4):
    logging.getLogger("num").info("n=%d", i)
h.removeFilter(only_even)


class Upper(logging.Filter):
    def filter(self, record):
        record.msg = record.msg.upper()
        return True


lg = logging.getLogger("up")
lg.addFilter(Upper())
lg.warning("shout")
print(out.getvalue(), end="")

print(repr(h).startswith("<StreamHandler"), repr(logging.StreamHandler(sys.stdout)))
print(repr(logging.StreamHandler(sys.stderr)), repr(logging.NullHandler()))
nh = logging.getLogger("lib")
nh.addHandler(logging.NullHandler())
nh.propagate = False
nh.error("swallowed")

adapter = logging.LoggerAdapter(logging.getLogger("adapt"), {"ip": "1.2.3.4"})
h.setFormatter(logging.Formatter("%(ip)s %(message)s"))
out.seek(0)
out.truncate()
adapter.info("connected")
adapter.warning("twice %d", 2)


class Prefix(logging.LoggerAdapter):
    def process(self, msg, kwargs):
        kwargs["extra"] = self.extra
        return "[%s] %s" % (self.extra["ip"], msg), kwargs


Prefix(logging.getLogger("adapt"), {"ip": "5.6.7.8"}).error("custom")
print(out.getvalue(), end="")
print(adapter, adapter.name, adapter.isEnabledFor(logging.DEBUG))


class ListHandler(logging.Handler):
    def __init__(self):
        super().__init__()
        self.records = []

    def emit(self, record):
        self.records.append(self.format(record))


lh = ListHandler()
lh.setLevel("INFO")
lg = logging.getLogger("list")
lg.propagate = False
lg.addHandler(lh)
lg.debug("below handler level")
lg.info("one")
lg.error("two %s", "args")
print(lh.records, lh.level, repr(lh))
lg.removeHandler(lh)
lg.info("gone")
print(len(lh.records))
lg.addHandler(logging.StreamHandler(sys.stdout))
lg.info("bad format %d", "not a number")
lg.info("after the bad one")
try:
    logging.Handler().emit(None)
except NotImplementedError as e:
    print("NotImplementedError:", e)
