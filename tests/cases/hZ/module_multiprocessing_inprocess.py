import multiprocessing as mp
def square(x): return x * x
def child():
    import sys; print('in child', mp.current_process().name); sys.exit(3)
def worker(q, n):
    q.put(n * 10)
if __name__ == "__main__":
    print(mp.current_process().name, mp.parent_process(), mp.get_start_method(), mp.get_all_start_methods())
    p = mp.Process(target=print, args=('hi',)); print(p.name, p.exitcode, p.is_alive(), p.daemon)
    try: p.join()
    except Exception as e: print(type(e).__name__, e)
    p.start(); p.join(); print(p.exitcode, p.is_alive())
    try: p.start()
    except Exception as e: print(type(e).__name__, e)
    with mp.Pool(2) as pool:
        r = pool.apply_async(pow, (2, 5)); print(r.get(), r.ready(), r.successful())
        print(pool.map(square, range(6)), pool.starmap(pow, [(2, 3)]), list(pool.imap(abs, [-3])), sorted(pool.imap_unordered(abs, [-4, -5])))
        try: pool.map(int, ['x'])
        except ValueError as e: print('ValueError', e)
        print(pool.map_async(square, [3]).get(), pool.apply(max, (1, 9)))
    try: mp.Pool(0)
    except ValueError as e: print(e)
    pl = mp.Pool(1); pl.close()
    try: pl.map(abs, [1])
    except ValueError as e: print(e)
    pl.join()
    pl2 = mp.Pool(1)
    try: pl2.join()
    except ValueError as e: print(e)
    pl2.terminate()
    v = mp.Value('i', 5)
    with v.get_lock():
        v.value += 1
    print(v.value, type(v.get_lock()).__name__)
    a = mp.Array('d', [1.0, 2.0]); a[0] = 9; print(a[:], len(a), list(a))
    a2 = mp.Array('i', 3); print(a2[:])
    q = mp.Queue(); q.put(1); print(q.get(), q.empty())
    with mp.Manager() as m:
        l = m.list([1]); l.append(2); d = m.dict(); d['k'] = 1; print(l, d, list(l), dict(d))
    r = mp.Pool(1).apply_async(int, ('x',))
    try: r.get()
    except ValueError as e: print('async', e, r.successful())
    print(repr(v), mp.cpu_count() > 0, mp.TimeoutError.__mro__[1].__name__, mp.ProcessError.__mro__[1].__name__)
    from multiprocessing.pool import ThreadPool
    with ThreadPool(2) as tp: print(tp.map(abs, [-1]))
    p = mp.Process(target=child, name='worker'); p.start(); p.join(); print(p.exitcode, p.name)
    q = mp.Queue()
    procs = [mp.Process(target=worker, args=(q, i)) for i in range(3)]
    for pr in procs: pr.start()
    for pr in procs: pr.join()
    print(sorted(q.get() for _ in range(3)), [pr.exitcode for pr in procs])
    parent, child_conn = mp.Pipe(); child_conn.send({"x": 1}); print(parent.recv())
    results = []
    with mp.Pool(3) as pool:
        for i in range(3):
            pool.apply_async(square, (i,), callback=results.append)
        pool.close(); pool.join()
    print(sorted(results))
