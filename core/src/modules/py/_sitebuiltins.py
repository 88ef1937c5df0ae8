"""The names CPython's site module adds to builtins: exit, quit, help, copyright, credits,
license. Imported on first use of one of them."""

import builtins
import sys


class Quitter(object):
    def __init__(self, name, eof):
        self.name = name
        self.eof = eof

    def __repr__(self):
        return 'Use %s() or %s to exit' % (self.name, self.eof)

    def __call__(self, code=None):
        raise SystemExit(code)


class _Printer(object):
    def __init__(self, name, data):
        self._name = name
        self._data = data

    def __repr__(self):
        return self._data

    def __call__(self):
        print(self._data)


class _Helper(object):
    def __repr__(self):
        return ("Type help() for interactive help, "
                "or help(object) for help about object.")

    def __call__(self, *args, **kwds):
        print("help() is not available in the wasipy sandbox "
              "(no pydoc); see https://docs.python.org/3.11/")


builtins.exit = Quitter('exit', 'Ctrl-D (i.e. EOF)')
builtins.quit = Quitter('quit', 'Ctrl-D (i.e. EOF)')
builtins.help = _Helper()
builtins.copyright = _Printer('copyright', "Copyright (c) 2001-2023 Python Software Foundation.\n"
                              "All Rights Reserved.\n\n"
                              "wasipy runs Python 3.11 code in a WebAssembly sandbox.")
builtins.credits = _Printer('credits', "    Thanks to CWI, CNRI, BeOpen.com, Zope Corporation and "
                            "a cast of thousands\n    for supporting Python development.  "
                            "See www.python.org for more information.")
builtins.license = _Printer('license', "Type license() to see the full license text")
