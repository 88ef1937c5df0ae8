"""The accelerator name of hashlib's md5."""

import _hashlib


def md5(string=b'', *, usedforsecurity=True):
    return _hashlib.new('md5', string)


MD5Type = type(md5())
