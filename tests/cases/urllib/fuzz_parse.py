# Many generated URLs (a fixed LCG, no random module) through split/parse/join/quote.
from urllib.parse import (urlsplit, urlparse, urlunsplit, urlunparse, urljoin, quote, unquote,
                          quote_plus, unquote_plus, parse_qsl, urlencode, urldefrag)

state = [12345]


def rnd(n):
    state[0] = (state[0] * 1103515245 + 12345) % 2147483648
    return (state[0] >> 8) % n


PIECES = ['http:', 'https:', 'HTTP:', 'ftp:', 'mailto:', 'x+y:', '1a:', 'file:', '//', '//', '/',
          'a', 'b', '.', '..', '/', ';', 'p=1', '?', 'q=1&r=2', '#', 'frag', '@', 'user:pw@',
          ':', '80', '[::1]', 'host', '.com', '%20', '%zz', '%e2%82%ac', ' ', '\t', '+', '&',
          '=', 'é', '~', '//', '/./', '/../', 'g;x', '?y', '#s']


def gen():
    return ''.join(PIECES[rnd(len(PIECES))] for _ in range(rnd(8) + 1))


bases = ['http://a/b/c/d;p?q', 'https://h/x/', 'ftp://u@h/a/b', 'file:///tmp/x', 'mailto:x@y',
         'http://a', '']
for n in range(400):
    u = gen()
    out = []
    for f in (urlsplit, urlparse, urldefrag):
        try:
            r = f(u)
            out.append(tuple(r))
            if f is not urldefrag:
                out.append(r.geturl())
                try:
                    out.append((r.hostname, r.port, r.username, r.password))
                except ValueError as e:
                    out.append('VE:' + str(e))
        except ValueError as e:
            out.append('VE:' + str(e))
    try:
        out.append(urljoin(bases[n % len(bases)], u))
    except ValueError as e:
        out.append('VE:' + str(e))
    out.append(quote(u))
    out.append(quote_plus(u, safe=':/'))
    out.append(unquote(u))
    out.append(unquote_plus(u))
    out.append(parse_qsl(u, keep_blank_values=n % 2 == 0))
    print(repr(u), out)
print(urlencode([(gen(), gen()) for _ in range(20)]))
