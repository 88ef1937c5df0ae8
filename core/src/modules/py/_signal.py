"""The C half of signal: the functions, and the signal numbers as plain ints."""

import signal as _signal_mod

for _n in dir(_signal_mod):
    _v = getattr(_signal_mod, _n)
    if _n.startswith('SIG') and isinstance(_v, int) and _n not in ('Signals',):
        globals()[_n] = int(_v)
    elif _n in ('NSIG', 'ITIMER_REAL', 'ITIMER_VIRTUAL', 'ITIMER_PROF', 'ItimerError'):
        globals()[_n] = _v
from signal import (signal, getsignal, raise_signal, default_int_handler, set_wakeup_fd,
                    siginterrupt, strsignal)
del _n, _v, _signal_mod
