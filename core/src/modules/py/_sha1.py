"""The accelerator name of hashlib's sha1."""

import _hashlib


def sha1(string=b'', *, usedforsecurity=True):
    return _hashlib.new('sha1', string)


SHA1Type = type(sha1())
