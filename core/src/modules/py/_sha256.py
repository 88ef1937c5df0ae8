"""The accelerator name of hashlib's sha224 and sha256."""

import _hashlib


def sha224(string=b'', *, usedforsecurity=True):
    return _hashlib.new('sha224', string)


def sha256(string=b'', *, usedforsecurity=True):
    return _hashlib.new('sha256', string)


SHA224Type = type(sha224())
SHA256Type = type(sha256())
