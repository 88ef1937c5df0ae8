# quopri: quoted-printable encoding (RFC 1521), written from the library reference. The
# output matches python3's, which encodes with binascii.b2a_qp.

__all__ = ["encode", "decode", "encodestring", "decodestring"]

ESCAPE = b'='
MAXLINESIZE = 76
HEX = b'0123456789ABCDEF'
EMPTYSTRING = b''
_HEXDIGITS = b'0123456789abcdefABCDEF'


def needsquoting(c, quotetabs, header):
    assert isinstance(c, bytes)
    if c in b' \t':
        return quotetabs
    if c == b'_':
        return header
    return c == ESCAPE or not (b' ' <= c <= b'~')


def quote(c):
    assert isinstance(c, bytes) and len(c) == 1
    c = ord(c)
    return ESCAPE + bytes((HEX[c // 16], HEX[c % 16]))


def ishex(c):
    assert isinstance(c, bytes)
    return c != b'' and c in _HEXDIGITS


def unhex(s):
    bits = 0
    for c in s:
        c = bytes((c,))
        if b'0' <= c <= b'9':
            i = ord('0')
        elif b'a' <= c <= b'f':
            i = ord('a') - 10
        elif b'A' <= c <= b'F':
            i = ord(b'A') - 10
        else:
            assert False, "non-hex digit " + repr(c)
        bits = bits * 16 + (ord(c) - i)
    return bits


def _escaped(c, nxt, linelen, quotetabs, istext, header):
    if c > 126 or c == 61 or (header and c == 95):
        return True
    if c == 46 and linelen == 0 and nxt in (None, 10, 13, 0):
        return True
    if not istext and c in (10, 13):
        return True
    if c in (9, 32) and nxt is None:
        return True
    return c < 33 and c not in (10, 13) and (quotetabs or c not in (9, 32))


def _b2a_qp(data, quotetabs=False, istext=True, header=False):
    data = bytes(data)
    n = len(data)
    first_nl = data.find(b"\n")
    nl = b"\r\n" if first_nl > 0 and data[first_nl - 1] == 13 else b"\n"
    soft = b"=" + nl
    out = bytearray()
    linelen = 0
    i = 0
    while i < n:
        c = data[i]
        nxt = data[i + 1] if i + 1 < n else None
        if _escaped(c, nxt, linelen, quotetabs, istext, header):
            if linelen + 3 >= MAXLINESIZE:
                out += soft
                linelen = 0
            out += b"=%02X" % c
            linelen += 3
            i += 1
        elif istext and (c == 10 or (c == 13 and nxt == 10)):
            if out and out[-1] in (9, 32):
                # trailing whitespace would be lost: quote it
                out[-1:] = b"=%02X" % out[-1]
            out += nl
            linelen = 0
            i += 2 if c == 13 else 1
        else:
            if nxt is not None and nxt != 10 and linelen + 1 >= MAXLINESIZE:
                out += soft
                linelen = 0
            linelen += 1
            out.append(95 if header and c == 32 else c)
            i += 1
    return bytes(out)


def _a2b_qp(data, header=False):
    data = bytes(data)
    n = len(data)
    out = bytearray()
    i = 0
    while i < n:
        c = data[i]
        if c == 61:
            i += 1
            if i >= n:
                break
            c = data[i]
            if c in (10, 13):
                if c != 10:
                    while i < n and data[i] != 10:
                        i += 1
                if i < n:
                    i += 1
            elif c == 61:
                out.append(61)
                i += 1
            elif i + 1 < n and c in _HEXDIGITS and data[i + 1] in _HEXDIGITS:
                out.append(int(data[i:i + 2], 16))
                i += 2
            else:
                out.append(61)
        elif header and c == 95:
            out.append(32)
            i += 1
        else:
            out.append(c)
            i += 1
    return bytes(out)


def encode(input, output, quotetabs, header=False):
    output.write(_b2a_qp(input.read(), quotetabs=quotetabs, header=header))


def encodestring(s, quotetabs=False, header=False):
    return _b2a_qp(s, quotetabs=quotetabs, header=header)


def decode(input, output, header=False):
    output.write(_a2b_qp(input.read(), header=header))


def decodestring(s, header=False):
    return _a2b_qp(s, header=header)


def main():
    import sys
    import getopt
    try:
        opts, args = getopt.getopt(sys.argv[1:], 'td')
    except getopt.error as msg:
        sys.stdout = sys.stderr
        print(msg)
        print("usage: quopri [-t | -d] [file] ...")
        print("-t: quote tabs")
        print("-d: decode; default encode")
        sys.exit(2)
    deco = False
    tabs = False
    for o, a in opts:
        if o == '-t':
            tabs = True
        if o == '-d':
            deco = True
    if tabs and deco:
        sys.stdout = sys.stderr
        print("-t and -d are mutually exclusive")
        sys.exit(2)
    if not args:
        args = ['-']
    sts = 0
    for file in args:
        if file == '-':
            fp = sys.stdin.buffer
        else:
            try:
                fp = open(file, "rb")
            except OSError as msg:
                sys.stderr.write("%s: can't open (%s)\n" % (file, msg))
                sts = 1
                continue
        try:
            if deco:
                decode(fp, sys.stdout.buffer)
            else:
                encode(fp, sys.stdout.buffer, tabs)
        finally:
            if file != '-':
                fp.close()
    if sts:
        sys.exit(sts)


if __name__ == '__main__':
    main()
