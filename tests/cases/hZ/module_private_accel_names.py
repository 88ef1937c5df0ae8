import os.path
import operator, struct, bisect, heapq, datetime, stat
for name in ("_operator", "_struct", "_bisect", "_heapq", "_datetime", "_stat", "_weakrefset", "_warnings", "_contextvars", "_queue", "_string", "_functools", "_collections", "_json", "_random", "_weakref", "_io"):
    try:
        m = __import__(name)
        print(name, "ok")
    except ImportError as e:
        print(name, "SKIP", e)
import _operator, _struct, _bisect, _heapq, _stat, _string, _queue, _contextvars, genericpath
print(_operator.add(2, 3), _operator.itemgetter(0, 2)("abc"), _operator.attrgetter("real")(3), _operator.methodcaller("upper")("x"))
print(_operator._compare_digest(b"abc", b"abc"), _operator._compare_digest("ab", "ac"), _operator.length_hint([1, 2]))
print(_struct.pack(">HB", 258, 7), _struct.calcsize("<qh"), _struct.unpack("<h", b"\xff\xff"), issubclass(_struct.error, Exception))
a = [1, 3, 5]; _bisect.insort_left(a, 4); print(a, _bisect.bisect_right(a, 3))
h = [3, 1, 2]; _heapq.heapify(h); print(_heapq.heappop(h), h)
print(_stat.S_ISREG(0o100644), _stat.S_IMODE(0o100755), _stat.filemode(0o040700), _stat.S_IFDIR)
print(list(_string.formatter_parser("x{0:>4}y{name!s}{{z}}")))
first, rest = _string.formatter_field_name_split("obj.attr[2].x")
print(first, list(rest))
q = _queue.SimpleQueue(); q.put(1); q.put(2); print(q.get(), q.qsize(), q.empty())
try:
    _queue.SimpleQueue().get_nowait()
except _queue.Empty:
    print("Empty")
v = _contextvars.ContextVar("v", default=0); tok = v.set(5); print(v.get()); v.reset(tok); print(v.get())
print(genericpath.commonprefix(["/usr/lib", "/usr/local"]), genericpath.exists("no_such_file_here.txt"), genericpath.isdir("."))
