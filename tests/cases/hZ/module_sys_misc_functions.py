import sys
print(repr(sys.abiflags), sys.platlibdir, sys.pycache_prefix, sys.getfilesystemencodeerrors(), sys.call_tracing(max, (1, 5)), sys.call_tracing(print, ()))
for a in ((max, [1]), (1, ()), (max,)):
    try:
        sys.call_tracing(*a)
    except TypeError as e:
        print(e)
