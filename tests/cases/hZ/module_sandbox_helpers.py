import sysconfig, tracemalloc, faulthandler, io, getpass
print(sysconfig.get_python_version(), sysconfig.get_default_scheme(), sysconfig.get_path_names())
print("posix_prefix" in sysconfig.get_scheme_names(), sysconfig.get_config_var("py_version_short"), sysconfig.get_config_var("no_such_var"))
print(sorted(sysconfig.get_paths()), sysconfig.get_paths()["stdlib"].endswith("python3.11"), sysconfig.is_python_build())
print(sysconfig.get_config_vars("VERSION", "py_version_nodot"))
print(tracemalloc.is_tracing())
try:
    tracemalloc.take_snapshot()
except RuntimeError as e:
    print(e)
tracemalloc.start()
print(tracemalloc.is_tracing(), tracemalloc.get_traceback_limit(), type(tracemalloc.get_traced_memory()).__name__, len(tracemalloc.get_traced_memory()))
snap = tracemalloc.take_snapshot()
print(type(snap).__name__, type(snap.statistics("lineno")).__name__)
try:
    snap.statistics("bogus")
except ValueError as e:
    print(e)
tracemalloc.stop(); print(tracemalloc.is_tracing())
try:
    tracemalloc.start(0)
except ValueError as e:
    print(e)
print(faulthandler.is_enabled())
try:
    faulthandler.enable(file=io.StringIO())
except io.UnsupportedOperation as e:
    print(type(e).__name__, e)
try:
    faulthandler.dump_traceback_later(0)
except ValueError as e:
    print(e)
print(getpass.GetPassWarning.__mro__[1].__name__, callable(getpass.getpass), callable(getpass.getuser))
