"""Base16, Base32, Base64, Base85 and Ascii85 data encodings (RFC 4648)."""

import binascii

__all__ = ['encode', 'decode', 'encodebytes', 'decodebytes', 'b64encode', 'b64decode',
           'b32encode', 'b32decode', 'b32hexencode', 'b32hexdecode', 'b16encode',
           'b16decode', 'b85encode', 'b85decode', 'a85encode', 'a85decode',
           'standard_b64encode', 'standard_b64decode', 'urlsafe_b64encode',
           'urlsafe_b64decode']

bytes_types = (bytes, bytearray)


def _bytes_from_decode_data(s):
    if isinstance(s, str):
        try:
            return s.encode('ascii')
        except UnicodeEncodeError:
            raise ValueError('string argument should contain only ASCII characters')
    if isinstance(s, bytes_types):
        return s
    try:
        return memoryview(s).tobytes()
    except TypeError:
        raise TypeError('argument should be a bytes-like object or ASCII string, '
                        'not %r' % s.__class__.__name__) from None


def _bytes_input(s):
    if isinstance(s, bytes_types):
        return bytes(s)
    return memoryview(s).tobytes()


def b64encode(s, altchars=None):
    out = binascii.b2a_base64(s, newline=False)
    if altchars is not None:
        assert len(altchars) == 2, repr(altchars)
        out = out.translate(bytes.maketrans(b'+/', altchars))
    return out


def b64decode(s, altchars=None, validate=False):
    s = _bytes_from_decode_data(s)
    if altchars is not None:
        altchars = _bytes_from_decode_data(altchars)
        assert len(altchars) == 2, repr(altchars)
        s = s.translate(bytes.maketrans(altchars, b'+/'))
    return binascii.a2b_base64(s, strict_mode=validate)


def standard_b64encode(s):
    return b64encode(s)


def standard_b64decode(s):
    return b64decode(s)


def urlsafe_b64encode(s):
    return b64encode(s).translate(bytes.maketrans(b'+/', b'-_'))


def urlsafe_b64decode(s):
    s = _bytes_from_decode_data(s)
    return b64decode(s.translate(bytes.maketrans(b'-_', b'+/')))


_B32 = b'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567'
_B32HEX = b'0123456789ABCDEFGHIJKLMNOPQRSTUV'
# Padding characters for 0..4 leftover input bytes.
_B32PAD = (0, 6, 4, 3, 1)


def _b32enc(alphabet, s):
    data = _bytes_input(s)
    out = bytearray()
    for i in range(0, len(data), 5):
        chunk = data[i:i + 5]
        n = int.from_bytes(chunk + bytes(5 - len(chunk)), 'big')
        for k in range(35, -5, -5):
            out.append(alphabet[(n >> k) & 31])
    pad = _B32PAD[len(data) % 5]
    if pad:
        out[-pad:] = b'=' * pad
    return bytes(out)


def _b32dec(alphabet, s, casefold=False, map01=None):
    s = _bytes_from_decode_data(s)
    if len(s) % 8:
        raise binascii.Error('Incorrect padding')
    if map01 is not None:
        map01 = _bytes_from_decode_data(map01)
        assert len(map01) == 1, repr(map01)
        s = s.translate(bytes.maketrans(b'01', b'O' + map01))
    if casefold:
        s = s.upper()
    full = len(s)
    s = s.rstrip(b'=')
    npad = full - len(s)
    out = bytearray()
    for i in range(0, len(s), 8):
        chunk = s[i:i + 8]
        n = 0
        for c in chunk:
            v = alphabet.find(c)
            if v < 0:
                raise binascii.Error('Non-base32 digit found')
            n = n << 5 | v
        n <<= 5 * (8 - len(chunk))
        out += n.to_bytes(5, 'big')
    if npad not in (0, 1, 3, 4, 6):
        raise binascii.Error('Incorrect padding')
    if npad and out:
        keep = (43 - 5 * npad) // 8
        del out[len(out) - 5 + keep:]
    return bytes(out)


def b32encode(s):
    return _b32enc(_B32, s)


def b32decode(s, casefold=False, map01=None):
    return _b32dec(_B32, s, casefold, map01)


def b32hexencode(s):
    return _b32enc(_B32HEX, s)


def b32hexdecode(s, casefold=False):
    return _b32dec(_B32HEX, s, casefold)


def b16encode(s):
    return binascii.hexlify(s).upper()


def b16decode(s, casefold=False):
    s = _bytes_from_decode_data(s)
    if casefold:
        s = s.upper()
    for c in s:
        if not (48 <= c <= 57 or 65 <= c <= 70):
            raise binascii.Error('Non-base16 digit found')
    return binascii.unhexlify(s)


_A85 = bytes(range(33, 118))
_B85 = (b'0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ'
        b'abcdefghijklmnopqrstuvwxyz!#$%&()*+-;<=>?@^_`{|}~')


def _85enc(data, alphabet, pad, fold_zero=False, fold_spaces=False):
    data = _bytes_input(data)
    extra = -len(data) % 4
    data += bytes(extra)
    groups = []
    for i in range(0, len(data), 4):
        n = int.from_bytes(data[i:i + 4], 'big')
        if fold_zero and n == 0:
            groups.append(b'z')
        elif fold_spaces and n == 0x20202020:
            groups.append(b'y')
        else:
            g = bytearray(5)
            for k in range(4, -1, -1):
                n, r = divmod(n, 85)
                g[k] = alphabet[r]
            groups.append(bytes(g))
    if extra and not pad:
        if groups[-1] == b'z':
            groups[-1] = alphabet[:1] * 5
        groups[-1] = groups[-1][:-extra]
    return b''.join(groups)


def a85encode(b, *, foldspaces=False, wrapcol=0, pad=False, adobe=False):
    out = _85enc(b, _A85, pad, True, foldspaces)
    if adobe:
        out = b'<~' + out
    if wrapcol:
        wrapcol = max(2 if adobe else 1, wrapcol)
        lines = [out[i:i + wrapcol] for i in range(0, len(out), wrapcol)]
        if adobe and len(lines[-1]) + 2 > wrapcol:
            lines.append(b'')
        out = b'\n'.join(lines)
    if adobe:
        out += b'~>'
    return out


def a85decode(b, *, foldspaces=False, adobe=False, ignorechars=b' \t\n\r\v'):
    b = _bytes_from_decode_data(b)
    if adobe:
        if not b.endswith(b'~>'):
            raise ValueError('Ascii85 encoded byte sequences must end with %r' % b'~>')
        b = b[2:-2] if b.startswith(b'<~') else b[:-2]
    out = bytearray()
    group = []
    for c in b + b'uuuu':
        if 33 <= c <= 117:
            group.append(c - 33)
            if len(group) == 5:
                n = 0
                for d in group:
                    n = n * 85 + d
                if n > 0xffffffff:
                    raise ValueError('Ascii85 overflow')
                out += n.to_bytes(4, 'big')
                group = []
        elif c == 122:
            if group:
                raise ValueError('z inside Ascii85 5-tuple')
            out += bytes(4)
        elif foldspaces and c == 121:
            if group:
                raise ValueError('y inside Ascii85 5-tuple')
            out += b'    '
        elif c in ignorechars:
            continue
        else:
            raise ValueError('Non-Ascii85 digit found: %c' % c)
    drop = 4 - len(group)
    if drop:
        del out[len(out) - drop:]
    return bytes(out)


def b85encode(b, pad=False):
    return _85enc(b, _B85, pad)


def b85decode(b):
    b = _bytes_from_decode_data(b)
    extra = -len(b) % 5
    b = b + b'~' * extra
    out = bytearray()
    for i in range(0, len(b), 5):
        n = 0
        for j in range(i, i + 5):
            v = _B85.find(b[j])
            if v < 0:
                raise ValueError('bad base85 character at position %d' % j)
            n = n * 85 + v
        if n > 0xffffffff:
            raise ValueError('base85 overflow in hunk starting at byte %d' % i)
        out += n.to_bytes(4, 'big')
    if extra:
        del out[len(out) - extra:]
    return bytes(out)


MAXLINESIZE = 76
MAXBINSIZE = (MAXLINESIZE // 4) * 3


def _input_type_check(s):
    try:
        m = memoryview(s)
    except TypeError as err:
        msg = 'expected bytes-like object, not %s' % s.__class__.__name__
        raise TypeError(msg) from err
    if m.format not in ('c', 'b', 'B'):
        raise TypeError('expected single byte elements, not %r from %s'
                        % (m.format, s.__class__.__name__))
    if m.ndim != 1:
        raise TypeError('expected 1-D data, not %d-D data from %s'
                        % (m.ndim, s.__class__.__name__))


def encodebytes(s):
    _input_type_check(s)
    return b''.join(binascii.b2a_base64(s[i:i + MAXBINSIZE])
                    for i in range(0, len(s), MAXBINSIZE))


def decodebytes(s):
    _input_type_check(s)
    return binascii.a2b_base64(s)


def encode(input, output):
    while True:
        s = input.read(MAXBINSIZE)
        if not s:
            break
        while len(s) < MAXBINSIZE:
            more = input.read(MAXBINSIZE - len(s))
            if not more:
                break
            s += more
        output.write(binascii.b2a_base64(s))


def decode(input, output):
    while True:
        line = input.readline()
        if not line:
            break
        output.write(binascii.a2b_base64(line))
