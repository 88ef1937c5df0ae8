"""getpass and getuser. The sandbox has no terminal whose echo could be turned off, so
getpass reads the password from stdin after warning that it may be echoed."""

import os
import sys
import warnings

__all__ = ["getpass", "getuser", "GetPassWarning"]


class GetPassWarning(UserWarning):
    pass


def _raw_input(prompt="", stream=None, input=None):
    if not stream:
        stream = sys.stderr
    if not input:
        input = sys.stdin
    prompt = str(prompt)
    if prompt:
        stream.write(prompt)
        stream.flush()
    line = input.readline()
    if not line:
        raise EOFError
    if line[-1] == '\n':
        line = line[:-1]
    return line


def fallback_getpass(prompt='Password: ', stream=None):
    warnings.warn("Can not control echo on the terminal.", GetPassWarning, stacklevel=2)
    if not stream:
        stream = sys.stderr
    print("Warning: Password input may be echoed.", file=stream)
    return _raw_input(prompt, stream)


def getpass(prompt='Password: ', stream=None):
    return fallback_getpass(prompt, stream)


unix_getpass = getpass


def getuser():
    """The user's login name, from the environment (LOGNAME, USER, LNAME, USERNAME)."""
    for name in ('LOGNAME', 'USER', 'LNAME', 'USERNAME'):
        user = os.environ.get(name)
        if user:
            return user
    # There is no password database in the sandbox to fall back on.
    raise OSError('No username set in the environment')
