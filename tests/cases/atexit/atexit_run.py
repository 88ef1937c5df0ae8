import atexit
atexit.register(print, 'a')
atexit.register(print, 'b')
atexit._run_exitfuncs()
print('after run')
atexit.register(print, 'c')
atexit._clear()
atexit.register(print, 'd')
print(atexit._ncallbacks())
