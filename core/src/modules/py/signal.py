"""Signals under WASI: handlers are stored and run by raise_signal(), as wasi-libc's
emulated signals do (the sandbox delivers no signals from outside). There is no alarm(),
pause(), setitimer() or signal mask, as in CPython built for WASI."""

import sys as _sys
from enum import IntEnum as _IntEnum

# WASI's signal numbers (the same as Linux's up to SIGTERM).
_NAMES = ['SIGHUP', 'SIGINT', 'SIGQUIT', 'SIGILL', 'SIGTRAP', 'SIGABRT', 'SIGBUS', 'SIGFPE',
          'SIGKILL', 'SIGUSR1', 'SIGSEGV', 'SIGUSR2', 'SIGPIPE', 'SIGALRM', 'SIGTERM',
          'SIGCHLD', 'SIGCONT', 'SIGSTOP', 'SIGTSTP', 'SIGTTIN', 'SIGTTOU', 'SIGURG',
          'SIGXCPU', 'SIGXFSZ', 'SIGVTALRM', 'SIGPROF', 'SIGWINCH', 'SIGPOLL', 'SIGPWR',
          'SIGSYS']
_members = [(n, i) for i, n in enumerate(_NAMES, 1)]
_members += [('SIGIOT', 6), ('SIGIO', 28), ('SIGCLD', 16)]
Signals = _IntEnum('Signals', _members, module=__name__)
Handlers = _IntEnum('Handlers', [('SIG_DFL', 0), ('SIG_IGN', 1)], module=__name__)
globals().update(Signals.__members__)
globals().update(Handlers.__members__)
del _members

NSIG = 65

_STRINGS = {1: 'Hangup', 2: 'Interrupt', 3: 'Quit', 4: 'Illegal instruction',
            5: 'Trace/breakpoint trap', 6: 'Aborted', 7: 'Bus error',
            8: 'Floating point exception', 9: 'Killed', 10: 'User defined signal 1',
            11: 'Segmentation fault', 12: 'User defined signal 2', 13: 'Broken pipe',
            14: 'Alarm clock', 15: 'Terminated', 16: 'Child process status',
            17: 'Continued', 18: 'Stopped (signal)', 19: 'Stopped',
            20: 'Stopped (tty input)', 21: 'Stopped (tty output)', 22: 'Urgent I/O condition',
            23: 'CPU time limit exceeded', 24: 'File size limit exceeded',
            25: 'Virtual timer expired', 26: 'Profiling timer expired',
            27: 'Window changed', 28: 'I/O possible', 29: 'Power failure',
            30: 'Bad system call'}

# Signals whose default action does nothing (the others end the program).
_IGNORED_BY_DEFAULT = {16, 17, 18, 19, 20, 21, 22, 27}


class _DefaultIntHandler:
    __slots__ = ()
    __name__ = __qualname__ = 'default_int_handler'
    __doc__ = 'The default handler for SIGINT installed by Python.\n\nIt raises KeyboardInterrupt.'

    def __call__(self, signalnum, frame, /):
        raise KeyboardInterrupt

    def __repr__(self):
        return '<built-in function default_int_handler>'


default_int_handler = _DefaultIntHandler()

_handlers = {2: default_int_handler, 13: SIG_IGN}


def _signum(signalnum):
    from operator import index
    n = index(signalnum)
    if not 1 <= n < NSIG:
        raise ValueError('signal number out of range')
    return n


def _as_handler(h):
    try:
        return Handlers(h)
    except (ValueError, TypeError):
        return h


def signal(signalnum, handler, /):
    """Set the action for the given signal."""
    n = _signum(signalnum)
    if handler is not SIG_IGN and handler is not SIG_DFL and not callable(handler):
        if not (isinstance(handler, int) and handler in (0, 1)):
            raise TypeError('signal handler must be signal.SIG_IGN, signal.SIG_DFL, '
                            'or a callable object')
    if n in (9, 19) or n > 30:
        raise OSError(22, 'Invalid argument')
    old = getsignal(n)
    _handlers[n] = _as_handler(handler)
    return old


def getsignal(signalnum, /):
    """Return the current action for the given signal."""
    n = _signum(signalnum)
    return _handlers.get(n, SIG_DFL)


def raise_signal(signalnum, /):
    """Send a signal to the executing process."""
    from operator import index
    n = index(signalnum)
    if n == 0:
        return
    if not 1 <= n <= 30:
        raise OSError(22, 'Invalid argument')
    h = _handlers.get(n, SIG_DFL)
    if h == SIG_IGN:
        return
    if h == SIG_DFL:
        if n in _IGNORED_BY_DEFAULT:
            return
        # wasi-libc ends the program with status 128 + signal number.
        raise SystemExit(128 + n)
    h(n, _sys._getframe(1))


def strsignal(signalnum, /):
    """Return the system description of the given signal."""
    n = _signum(signalnum)
    return _STRINGS.get(n, 'Unknown signal %d' % n)


def set_wakeup_fd(fd, /, *, warn_on_full_buffer=True):
    """Sets the fd to be written to (with the signal number) when a signal comes in."""
    global _wakeup_fd
    from operator import index
    old, _wakeup_fd = _wakeup_fd, index(fd)
    return old


_wakeup_fd = -1


def siginterrupt(signalnum, flag, /):
    """Change system call restart behaviour (nothing to change here)."""
    _signum(signalnum)
