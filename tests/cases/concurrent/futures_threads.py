import threading
from concurrent.futures import ThreadPoolExecutor
from concurrent.futures.thread import BrokenThreadPool
import contextvars

names = []
with ThreadPoolExecutor(thread_name_prefix='pool') as ex:
    ex.submit(lambda: names.append(threading.current_thread().name)).result()
print(names, threading.current_thread().name)

calls = []
def init(tag):
    calls.append(tag)
with ThreadPoolExecutor(2, initializer=init, initargs=('once',)) as ex:
    print([ex.submit(pow, 2, i).result() for i in range(4)])
print(calls)

class Boom(Exception):
    pass
def bad_init():
    raise Boom('init failed')
import logging
logging.getLogger('concurrent.futures').disabled = True
ex = ThreadPoolExecutor(initializer=bad_init)
f = ex.submit(print, 'never')
print(type(f.exception()).__name__, f.exception())
try:
    ex.submit(print, 'never')
except BrokenThreadPool as e:
    print('BrokenThreadPool', e)

# Results stay with their futures; nested submission works.
with ThreadPoolExecutor() as ex:
    outer = ex.submit(lambda: ex.submit(sum, [1, 2, 3]).result() * 2)
    print(outer.result())
    def sysexit():
        raise SystemExit(3)
    s = ex.submit(sysexit)
    print(type(s.exception()).__name__)
