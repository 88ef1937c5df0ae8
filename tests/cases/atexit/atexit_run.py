import atexit
atexit.register(print, 'a')
atexit.register(print, 'b')
atexit._run_exitfuncs()
print('after run')
atexit.register(print, 'c')
atexit._clear()
atexit.register(print, 'd')
print(atexit._ncallbacks())
atexit.register(lambda **kw: print(sorted(kw)), func=1, args=2)
atexit._run_exitfuncs()
for bad in [lambda: atexit.register(func=print), lambda: atexit.unregister(), lambda: atexit.unregister(func=print)]:
    try:
        bad()
    except TypeError as e:
        print('TypeError')
