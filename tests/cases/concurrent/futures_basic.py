import concurrent.futures as cf
import logging
logging.getLogger('concurrent.futures').disabled = True
from concurrent.futures import (ThreadPoolExecutor, ProcessPoolExecutor, Future, wait,
                                as_completed, FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED)


def square(x):
    return x * x


def fail(x):
    raise ValueError('bad %s' % x)


with ThreadPoolExecutor(max_workers=4) as ex:
    futs = [ex.submit(square, i) for i in range(6)]
    print([f.result() for f in futs])
    print(sorted(f.result() for f in as_completed(futs)))
    print(list(ex.map(square, range(5))), list(ex.map(pow, [2, 3], [5, 2], timeout=10)))
    bad = ex.submit(fail, 7)
    wait([bad])
    print(bad.done(), bad.running(), bad.cancelled(), type(bad.exception()).__name__, bad.exception())
    try:
        bad.result()
    except ValueError as e:
        print('re-raised', e, e is bad.exception())
    kw = ex.submit(dict, a=1, b=2)
    print(kw.result(), kw.cancel(), kw.done())
    done, not_done = wait(futs)
    print(len(done), len(not_done), type(wait(futs)).__name__)
    print(len(wait(futs + [bad], return_when=FIRST_EXCEPTION).done))
    print(len(wait(futs, timeout=0, return_when=FIRST_COMPLETED).done))
    r = ex.map(fail, [1, 2])
    try:
        next(r)
    except ValueError as e:
        print('map raised', e)

try:
    ex.submit(square, 2)
except RuntimeError as e:
    print('RuntimeError', e)

with ProcessPoolExecutor() as pex:
    print(list(pex.map(square, [1, 2, 3], chunksize=2)), pex.submit(sum, [1, 2]).result())
for bad_args in [lambda: ThreadPoolExecutor(0), lambda: ProcessPoolExecutor(0),
                 lambda: ThreadPoolExecutor(initializer=5),
                 lambda: ProcessPoolExecutor(max_tasks_per_child=0),
                 lambda: list(ProcessPoolExecutor(1).map(square, [1], chunksize=0))]:
    try:
        bad_args()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)

# Futures by hand
f = Future()
print(f.done(), f.running(), f.cancelled())
log = []
f.add_done_callback(lambda fut: log.append(('cb1', fut.result())))
print(f.set_running_or_notify_cancel(), f.running(), f.cancel())
f.set_result(42)
f.add_done_callback(lambda fut: log.append(('cb2', fut.result())))
print(log, f.result(), f.result(timeout=0), f.exception())
try:
    f.set_result(1)
except cf.InvalidStateError as e:
    print('InvalidStateError', str(e).split(':')[0])
try:
    f.set_running_or_notify_cancel()
except RuntimeError as e:
    print('RuntimeError', e)

g = Future()
g.add_done_callback(lambda fut: log.append(('cancelled', fut.cancelled())))
print(g.cancel(), g.cancel(), g.cancelled(), g.done(), log[-1])
for meth in (g.result, g.exception):
    try:
        meth()
    except cf.CancelledError as e:
        print('CancelledError', repr(e))
print(g.set_running_or_notify_cancel(), g.cancelled())

h = Future()
h.set_exception(KeyError('k'))
print(repr(h.exception()), h.done())
try:
    h.result()
except KeyError as e:
    print('KeyError', e)

p = Future()
try:
    p.result(timeout=0.01)
except cf.TimeoutError as e:
    print('TimeoutError', type(e) is TimeoutError, p.done())
try:
    p.exception(timeout=0)
except TimeoutError:
    print('TimeoutError from exception()')
d, nd = wait([p, f], timeout=0.01, return_when=ALL_COMPLETED)
print(len(d), len(nd), f in d, p in nd)
print(len(wait([p, f], return_when=FIRST_COMPLETED).done))
got = []
try:
    for x in as_completed([f, p], timeout=0.01):
        got.append(x.result())
except TimeoutError as e:
    print('as_completed', got, e)
print(Future[int], cf.FIRST_COMPLETED, cf.FIRST_EXCEPTION, cf.ALL_COMPLETED)
print(sorted(cf.__all__))
print(issubclass(cf.BrokenExecutor, RuntimeError), issubclass(cf.CancelledError, Exception))
