"""HMAC (keyed-hashing for message authentication), RFC 2104."""

import hashlib as _hashlib_mod
import _hashlib
from _hashlib import compare_digest

__all__ = ['new', 'digest', 'compare_digest', 'HMAC']

trans_5C = bytes((x ^ 0x5C) for x in range(256))
trans_36 = bytes((x ^ 0x36) for x in range(256))

digest_size = None


def _constructor(digestmod):
    if callable(digestmod):
        return digestmod
    if isinstance(digestmod, str):
        return lambda d=b'': _hashlib_mod.new(digestmod, d)
    return lambda d=b'': digestmod.new(d)


class HMAC:
    """RFC 2104 HMAC class."""

    __slots__ = ('_digest_cons', '_inner', '_outer', 'block_size', 'digest_size')
    blocksize = 64

    def __init__(self, key, msg=None, digestmod=''):
        if not isinstance(key, (bytes, bytearray)):
            raise TypeError('key: expected bytes or bytearray, but got %r'
                            % type(key).__name__)
        if not digestmod:
            raise TypeError("Missing required parameter 'digestmod'.")
        self._digest_cons = cons = _constructor(digestmod)
        self._outer = cons()
        self._inner = cons()
        self.digest_size = self._inner.digest_size
        bs = getattr(self._inner, 'block_size', None)
        if bs is None or bs < 16:
            import warnings
            if bs is None:
                warnings.warn('No block_size attribute on given digest object; '
                              'Assuming %d.' % self.blocksize, RuntimeWarning, 2)
            else:
                warnings.warn('block_size of %d seems too small; using our default of %d.'
                              % (bs, self.blocksize), RuntimeWarning, 2)
            bs = self.blocksize
        if len(key) > bs:
            key = cons(key).digest()
        self.block_size = bs
        key = bytes(key).ljust(bs, b'\0')
        self._outer.update(key.translate(trans_5C))
        self._inner.update(key.translate(trans_36))
        if msg is not None:
            self.update(msg)

    @property
    def name(self):
        return 'hmac-' + self._inner.name

    def update(self, msg):
        self._inner.update(msg)

    def copy(self):
        other = self.__class__.__new__(self.__class__)
        other._digest_cons = self._digest_cons
        other.digest_size = self.digest_size
        other.block_size = self.block_size
        other._inner = self._inner.copy()
        other._outer = self._outer.copy()
        return other

    def _current(self):
        h = self._outer.copy()
        h.update(self._inner.digest())
        return h

    def digest(self):
        return self._current().digest()

    def hexdigest(self):
        return self._current().hexdigest()


def new(key, msg=None, digestmod=''):
    return HMAC(key, msg, digestmod)


def digest(key, msg, digest):
    if isinstance(digest, str):
        try:
            return _hashlib.hmac_digest(key, msg, digest)
        except _hashlib.UnsupportedDigestmodError:
            pass
    h = HMAC(key, msg, digest)
    return h.digest()
