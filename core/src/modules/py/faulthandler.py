"""faulthandler for the sandbox: a Python program cannot crash the interpreter with a
fatal signal here, so enable() only records the stream; dump_traceback() writes the
current stack in CPython's format."""

import sys

_enabled = False
_file = None


def _fileno(file):
    if file is None:
        file = sys.stderr
        if file is None:
            raise RuntimeError("sys.stderr is None")
    if isinstance(file, int):
        if file < 0:
            raise ValueError("file is not a valid file descriptor")
        return file, None
    fd = file.fileno()
    if fd < 0:
        raise ValueError("file is not a valid file descriptor")
    try:
        file.flush()
    except Exception:
        pass
    return fd, file


def enable(file=None, all_threads=True):
    global _enabled, _file
    _fileno(file)
    _enabled = True
    _file = file


def disable():
    global _enabled, _file
    was = _enabled
    _enabled = False
    _file = None
    return was


def is_enabled():
    return _enabled


def _write_stack(out, frame, all_threads):
    if all_threads:
        out.append("Current thread 0x%016x (most recent call first):\n" % 0)
    else:
        out.append("Stack (most recent call first):\n")
    while frame is not None:
        code = frame.f_code
        out.append('  File "%s", line %s in %s\n' % (code.co_filename, frame.f_lineno,
                                                      code.co_name))
        frame = frame.f_back


def dump_traceback(file=None, all_threads=True):
    fd, stream = _fileno(file)
    out = []
    _write_stack(out, sys._getframe(1), all_threads)
    text = "".join(out)
    if stream is not None:
        stream.write(text)
        stream.flush()
    else:
        import os
        os.write(fd, text.encode("utf-8", "backslashreplace"))


def dump_traceback_later(timeout, repeat=False, file=None, exit=False):
    if timeout <= 0:
        raise ValueError("timeout must be greater than 0")
    _fileno(file)


def cancel_dump_traceback_later():
    pass


def register(signum, file=None, all_threads=True, chain=False):
    _fileno(file)


def unregister(signum):
    return False
