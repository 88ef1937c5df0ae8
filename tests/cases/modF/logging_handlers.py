import logging
import logging.handlers
import os
import queue
import sys
import tempfile

fmt = logging.Formatter("%(levelname)s:%(name)s:%(message)s")
out = logging.StreamHandler(sys.stdout)
out.setFormatter(fmt)

log = logging.getLogger("mem")
log.propagate = False
log.setLevel(logging.DEBUG)
mem = logging.handlers.MemoryHandler(3, flushLevel=logging.ERROR, target=out)
log.addHandler(mem)
print(repr(mem), mem.capacity, mem.flushLevel, mem.target is out)
log.info("one")
log.debug("two")
print("buffered:", len(mem.buffer))
log.warning("three")
print("after capacity:", len(mem.buffer))
log.info("four")
log.error("five %s", "!")
print("after error:", len(mem.buffer))
log.info("six")
mem.close()
print("closed:", len(mem.buffer), mem.target)
log.removeHandler(mem)

mem2 = logging.handlers.MemoryHandler(10, target=out, flushOnClose=False)
log.addHandler(mem2)
log.info("kept back")
mem2.close()
print("not flushed:", len(mem2.buffer))
log.removeHandler(mem2)

buf = logging.handlers.BufferingHandler(2)
log.addHandler(buf)
log.info("a")
print(len(buf.buffer), buf.shouldFlush(None))
log.info("b")
print(len(buf.buffer))
log.removeHandler(buf)

q = queue.Queue()
qh = logging.handlers.QueueHandler(q)
qlog = logging.getLogger("queued")
qlog.propagate = False
qlog.addHandler(qh)
qlog.warning("hello %s", "queue")
try:
    1 / 0
except ZeroDivisionError:
    qlog.exception("failed")
rec = q.get_nowait()
print(repr(qh), rec.msg, rec.args, rec.exc_info, rec.getMessage(), rec.levelname)
rec2 = q.get_nowait()
print(rec2.msg.splitlines()[0], rec2.msg.splitlines()[-1], rec2.exc_info, rec2.exc_text)

q2 = queue.Queue()
qlog.removeHandler(qh)
qlog.addHandler(logging.handlers.QueueHandler(q2))
listener = logging.handlers.QueueListener(q2, out)
listener.start()
qlog.error("via listener")
qlog.info("second")
listener.stop()
print("queue empty:", q2.empty())
quiet = logging.StreamHandler(sys.stdout)
quiet.setLevel(logging.ERROR)
listener = logging.handlers.QueueListener(q2, quiet, respect_handler_level=True)
listener.start()
qlog.warning("filtered out")
qlog.critical("shown")
listener.stop()

tmp = tempfile.mkdtemp()
path = os.path.join(tmp, "app.log")
rlog = logging.getLogger("rot")
rlog.propagate = False
rh = logging.handlers.RotatingFileHandler(path, maxBytes=40, backupCount=2, encoding="utf-8")
rh.setFormatter(logging.Formatter("%(message)s"))
rlog.addHandler(rh)
print(repr(rh) == "<RotatingFileHandler %s (NOTSET)>" % path, rh.maxBytes, rh.backupCount, rh.mode)
for i in range(8):
    rlog.warning("message number %d", i)
rh.close()
for name in sorted(os.listdir(tmp)):
    with open(os.path.join(tmp, name), encoding="utf-8") as f:
        print(name, repr(f.read()))

path2 = os.path.join(tmp, "named.log")
rh2 = logging.handlers.RotatingFileHandler(path2, maxBytes=10, backupCount=1)
rh2.namer = lambda name: name + ".bak"
rh2.setFormatter(logging.Formatter("%(message)s"))
rlog.removeHandler(rh)
rlog.addHandler(rh2)
rlog.warning("first line")
rlog.warning("second line")
rh2.close()
print(sorted(n for n in os.listdir(tmp) if n.startswith("named")))

path3 = os.path.join(tmp, "plain.log")
rh3 = logging.handlers.RotatingFileHandler(path3, mode="w")
rh3.setFormatter(logging.Formatter("%(message)s"))
rlog.removeHandler(rh2)
rlog.addHandler(rh3)
for i in range(3):
    rlog.warning("no rotation %d", i)
rh3.close()
print(open(path3).read().splitlines(), rh3.shouldRollover(logging.makeLogRecord({"msg": "x"})))
wh = logging.handlers.WatchedFileHandler(os.path.join(tmp, "watched.log"))
wh.setFormatter(logging.Formatter("%(message)s"))
rlog.addHandler(wh)
rlog.warning("before move")
os.rename(os.path.join(tmp, "watched.log"), os.path.join(tmp, "watched.old"))
rlog.warning("after move")
wh.close()
print(open(os.path.join(tmp, "watched.log")).read(), open(os.path.join(tmp, "watched.old")).read())
print(logging.handlers.DEFAULT_TCP_LOGGING_PORT, logging.handlers.SYSLOG_UDP_PORT)
try:
    logging.handlers.TimedRotatingFileHandler(os.path.join(tmp, "t.log"), when="X")
except ValueError as e:
    print("ValueError", e)
th = logging.handlers.TimedRotatingFileHandler(os.path.join(tmp, "t.log"), when="midnight", backupCount=3)
print(th.when, th.interval, th.suffix, th.backupCount)
th.close()

import shutil
shutil.rmtree(tmp)
