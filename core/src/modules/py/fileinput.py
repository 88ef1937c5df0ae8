"""Iterate over the lines of the files named in sys.argv[1:] (or stdin)."""

import io
import os
import sys

__all__ = ['input', 'close', 'nextfile', 'filename', 'lineno', 'filelineno', 'fileno',
           'isfirstline', 'isstdin', 'FileInput', 'hook_compressed', 'hook_encoded']

_state = None


def input(files=None, inplace=False, backup='', *, mode='r', openhook=None,
          encoding=None, errors=None):
    """Create the module's shared FileInput instance and return it."""
    global _state
    if _state is not None and _state._file is not None:
        raise RuntimeError('input() already active')
    _state = FileInput(files, inplace, backup, mode=mode, openhook=openhook,
                       encoding=encoding, errors=errors)
    return _state


def _active():
    if _state is None:
        raise RuntimeError('no active input()')
    return _state


def close():
    """Close the sequence."""
    global _state
    state, _state = _state, None
    if state is not None:
        state.close()


def nextfile():
    return _active().nextfile()


def filename():
    return _active().filename()


def lineno():
    return _active().lineno()


def filelineno():
    return _active().filelineno()


def fileno():
    return _active().fileno()


def isfirstline():
    return _active().isfirstline()


def isstdin():
    return _active().isstdin()


class FileInput:
    """Lines of a sequence of files, one after the other ('-' is stdin)."""

    def __init__(self, files=None, inplace=False, backup='', *, mode='r',
                 openhook=None, encoding=None, errors=None):
        if isinstance(files, str):
            files = (files,)
        elif isinstance(files, os.PathLike):
            files = (os.fspath(files),)
        else:
            if files is None:
                files = sys.argv[1:]
            files = tuple(files) if files else ('-',)
        self._files = files
        self._inplace = inplace
        self._backup = backup
        self._savestdout = None
        self._output = None
        self._filename = None
        self._startlineno = 0
        self._filelineno = 0
        self._file = None
        self._isstdin = False
        self._backupfilename = None
        self._encoding = encoding
        self._errors = errors
        if mode not in ('r', 'rb'):
            raise ValueError("FileInput opening mode must be 'r' or 'rb'")
        self._mode = mode
        self._write_mode = mode.replace('r', 'w')
        if openhook is not None:
            if inplace:
                raise ValueError('FileInput cannot use an opening hook in inplace mode')
            if not callable(openhook):
                raise ValueError('FileInput openhook must be callable')
        self._openhook = openhook

    def __del__(self):
        self.close()

    def close(self):
        try:
            self.nextfile()
        finally:
            self._files = ()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    def __iter__(self):
        return self

    def __next__(self):
        while True:
            line = self._readline()
            if line:
                self._filelineno += 1
                return line
            if self._file is None:
                raise StopIteration
            self.nextfile()

    def _readline(self):
        if self._file is None:
            if not self._files:
                return 'b' in self._mode and b'' or ''
            self._open_next()
        return self._file.readline()

    def _open_next(self):
        self._filename = self._files[0]
        self._files = self._files[1:]
        self._startlineno = self.lineno()
        self._filelineno = 0
        self._isstdin = False
        self._backupfilename = None
        enc = self._encoding
        if self._filename == '-':
            self._filename = '<stdin>'
            self._file = sys.stdin.buffer if 'b' in self._mode else sys.stdin
            self._isstdin = True
            return
        if self._inplace:
            self._backupfilename = os.fspath(self._filename) + (self._backup or '.bak')
            try:
                os.unlink(self._backupfilename)
            except OSError:
                pass
            os.rename(self._filename, self._backupfilename)
            self._file = open(self._backupfilename, self._mode, encoding=enc,
                              errors=self._errors)
            self._output = open(self._filename, self._write_mode, encoding=enc,
                                errors=self._errors)
            self._savestdout = sys.stdout
            sys.stdout = self._output
            return
        if self._openhook is not None:
            if self._encoding is None:
                self._file = self._openhook(self._filename, self._mode)
            else:
                self._file = self._openhook(self._filename, self._mode,
                                            encoding=self._encoding, errors=self._errors)
        else:
            self._file = open(self._filename, self._mode, encoding=enc, errors=self._errors)

    def readline(self):
        while True:
            line = self._readline()
            if line:
                self._filelineno += 1
                return line
            if not self._file:
                return line
            self.nextfile()

    def nextfile(self):
        savestdout, self._savestdout = self._savestdout, None
        if savestdout is not None:
            sys.stdout = savestdout
        output, self._output = self._output, None
        try:
            if output is not None:
                output.close()
        finally:
            file, self._file = self._file, None
            try:
                if file is not None and not self._isstdin:
                    file.close()
            finally:
                backup, self._backupfilename = self._backupfilename, None
                if backup and not self._backup:
                    try:
                        os.unlink(backup)
                    except OSError:
                        pass
                self._isstdin = False

    def filename(self):
        return self._filename

    def lineno(self):
        return self._startlineno + self._filelineno

    def filelineno(self):
        return self._filelineno

    def fileno(self):
        if self._file is None:
            return -1
        try:
            return self._file.fileno()
        except ValueError:
            return -1

    def isfirstline(self):
        return self._filelineno == 1

    def isstdin(self):
        return self._isstdin

    __class_getitem__ = classmethod(lambda cls, item: cls)


def hook_compressed(filename, mode, *, encoding=None, errors=None):
    """Open gzip/bz2 files transparently (only plain files in the sandbox)."""
    ext = os.path.splitext(filename)[1]
    if ext in ('.gz', '.bz2'):
        raise ModuleNotFoundError(f"No module named '{'gzip' if ext == '.gz' else 'bz2'}'")
    return open(filename, mode, encoding=encoding, errors=errors)


def hook_encoded(encoding, errors=None):
    """An openhook opening each file with the given encoding."""
    def openhook(filename, mode):
        return open(filename, mode, encoding=encoding, errors=errors)
    return openhook
