import signal

print(repr(signal.SIGINT), repr(signal.SIGTERM), repr(signal.SIG_IGN), repr(signal.SIG_DFL), signal.NSIG)
print(signal.SIGINT == 2, signal.SIGHUP, signal.SIGKILL, signal.SIGUSR1, signal.SIGALRM, signal.SIGABRT is signal.SIGIOT)
print(signal.Signals(2), signal.Signals['SIGTERM'].name, signal.Handlers(1), type(signal.SIGINT).__name__)
print(signal.getsignal(signal.SIGINT), signal.getsignal(signal.SIGPIPE), repr(signal.getsignal(signal.SIGTERM)))
print(signal.default_int_handler.__name__, callable(signal.default_int_handler))

calls = []
def handler(signum, frame):
    calls.append((signum, frame is not None))
    print('handler', signum)

print(signal.signal(signal.SIGUSR1, handler))
print(signal.getsignal(signal.SIGUSR1) is handler)
signal.raise_signal(signal.SIGUSR1)
signal.raise_signal(10)
print(calls)
print(signal.signal(signal.SIGUSR1, signal.SIG_IGN) is handler)
signal.raise_signal(signal.SIGUSR1)
print(signal.signal(signal.SIGUSR1, 0), repr(signal.getsignal(signal.SIGUSR1)))
try:
    signal.raise_signal(signal.SIGINT)
except KeyboardInterrupt as e:
    print('KeyboardInterrupt', e.args)
def boom(n, f):
    raise ValueError('from handler %d' % n)
signal.signal(signal.SIGINT, boom)
try:
    signal.raise_signal(signal.SIGINT)
except ValueError as e:
    print('ValueError', e)
print(signal.signal(signal.SIGINT, signal.default_int_handler) is boom)
signal.raise_signal(0)
for f in [lambda: signal.signal(0, signal.SIG_IGN), lambda: signal.signal(65, signal.SIG_IGN),
          lambda: signal.signal(signal.SIGKILL, signal.SIG_IGN), lambda: signal.signal(signal.SIGINT, 5),
          lambda: signal.signal(signal.SIGINT, None), lambda: signal.getsignal(99), lambda: signal.getsignal(0),
          lambda: signal.default_int_handler(2, None), lambda: signal.signal('x', signal.SIG_IGN),
          lambda: signal.strsignal(2), lambda: signal.strsignal(15), lambda: signal.strsignal(99),
          lambda: signal.raise_signal(99)]:
    try:
        print(repr(f()))
    except BaseException as e:
        print(type(e).__name__, e, e.args)
