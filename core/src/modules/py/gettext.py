# gettext for wasipy, written from the library reference.
import os
import re
import sys

__all__ = ['NullTranslations', 'GNUTranslations', 'Catalog',
           'bindtextdomain', 'find', 'translation', 'install',
           'textdomain', 'dgettext', 'dngettext', 'gettext',
           'ngettext', 'pgettext', 'dpgettext', 'npgettext',
           'dnpgettext']

_default_localedir = os.path.join(sys.base_prefix, 'share', 'locale')

_TOKEN = re.compile(r"([ \t]+)|([0-9]+\b)|(n\b)|([()])|"
                    r"([-*/%+?:]|[><!]=?|==|&&|\|\|)|(\w+|.)", re.DOTALL)
_BINARY = {'||': 1, '&&': 2, '==': 3, '!=': 3, '<': 4, '>': 4, '<=': 4,
           '>=': 4, '+': 5, '-': 5, '*': 6, '/': 6, '%': 6}


def _tokens(text):
    for m in _TOKEN.finditer(text):
        if m.group(1):
            continue
        if m.group(6):
            raise ValueError('invalid token in plural form: %s' % m.group(6))
        yield m.group()
    yield ''


def _unexpected(tok):
    if tok:
        return ValueError('unexpected token in plural form: %s' % tok)
    return ValueError('unexpected end of plural form')


class _PluralParser:
    def __init__(self, text):
        self.toks = _tokens(text)
        self.tok = next(self.toks)

    def advance(self):
        self.tok = next(self.toks)

    def ternary(self):
        cond = self.binary(1)
        if self.tok != '?':
            return cond
        self.advance()
        yes = self.ternary()
        if self.tok != ':':
            raise _unexpected(self.tok)
        self.advance()
        no = self.ternary()
        return lambda n: yes(n) if cond(n) else no(n)

    def binary(self, level):
        left = self.unary()
        while True:
            op = self.tok
            prec = _BINARY.get(op)
            if prec is None or prec < level:
                return left
            self.advance()
            right = self.binary(prec + 1)
            left = _combine(op, left, right)

    def unary(self):
        tok = self.tok
        if tok == '!':
            self.advance()
            inner = self.unary()
            return lambda n: not inner(n)
        if tok == '(':
            self.advance()
            inner = self.ternary()
            if self.tok != ')':
                raise ValueError('unbalanced parenthesis in plural form')
            self.advance()
            return inner
        if tok == 'n':
            self.advance()
            return lambda n: n
        if tok.isdigit():
            self.advance()
            value = int(tok)
            return lambda n: value
        raise _unexpected(tok)


def _combine(op, a, b):
    if op == '||':
        return lambda n: a(n) or b(n)
    if op == '&&':
        return lambda n: a(n) and b(n)
    if op == '==':
        return lambda n: a(n) == b(n)
    if op == '!=':
        return lambda n: a(n) != b(n)
    if op == '<':
        return lambda n: a(n) < b(n)
    if op == '>':
        return lambda n: a(n) > b(n)
    if op == '<=':
        return lambda n: a(n) <= b(n)
    if op == '>=':
        return lambda n: a(n) >= b(n)
    if op == '+':
        return lambda n: a(n) + b(n)
    if op == '-':
        return lambda n: a(n) - b(n)
    if op == '*':
        return lambda n: a(n) * b(n)
    if op == '/':
        return lambda n: a(n) // b(n)
    return lambda n: a(n) % b(n)


def _as_int(n):
    try:
        round(n)
    except TypeError:
        raise TypeError('Plural value must be an integer, got %s'
                        % (n.__class__.__name__,)) from None
    import warnings
    warnings.warn('Plural value must be an integer, got %s'
                  % (n.__class__.__name__,), DeprecationWarning, 4)
    return n


def c2py(plural):
    if len(plural) > 1000:
        raise ValueError('plural form expression is too long')
    parser = _PluralParser(plural)
    expr = parser.ternary()
    if parser.tok:
        raise _unexpected(parser.tok)

    def func(n):
        if not isinstance(n, int):
            n = _as_int(n)
        return int(expr(n))
    return func


def _expand_lang(loc):
    import locale
    try:
        loc = locale.normalize(loc)
    except AttributeError:
        pass
    CODESET, TERRITORY, MODIFIER = 1, 2, 4
    mask = 0
    modifier = codeset = territory = ''
    pos = loc.find('@')
    if pos >= 0:
        modifier = loc[pos:]
        loc = loc[:pos]
        mask |= MODIFIER
    pos = loc.find('.')
    if pos >= 0:
        codeset = loc[pos:]
        loc = loc[:pos]
        mask |= CODESET
    pos = loc.find('_')
    if pos >= 0:
        territory = loc[pos:]
        loc = loc[:pos]
        mask |= TERRITORY
    out = []
    for i in range(mask + 1):
        if not (i & ~mask):
            val = loc
            if i & TERRITORY:
                val += territory
            if i & CODESET:
                val += codeset
            if i & MODIFIER:
                val += modifier
            out.append(val)
    out.reverse()
    return out


class NullTranslations:
    def __init__(self, fp=None):
        self._info = {}
        self._charset = None
        self._fallback = None
        if fp is not None:
            self._parse(fp)

    def _parse(self, fp):
        pass

    def add_fallback(self, fallback):
        if self._fallback:
            self._fallback.add_fallback(fallback)
        else:
            self._fallback = fallback

    def gettext(self, message):
        if self._fallback:
            return self._fallback.gettext(message)
        return message

    def ngettext(self, msgid1, msgid2, n):
        if self._fallback:
            return self._fallback.ngettext(msgid1, msgid2, n)
        return msgid1 if n == 1 else msgid2

    def pgettext(self, context, message):
        if self._fallback:
            return self._fallback.pgettext(context, message)
        return message

    def npgettext(self, context, msgid1, msgid2, n):
        if self._fallback:
            return self._fallback.npgettext(context, msgid1, msgid2, n)
        return msgid1 if n == 1 else msgid2

    def info(self):
        return self._info

    def charset(self):
        return self._charset

    def install(self, names=None):
        import builtins
        builtins.__dict__['_'] = self.gettext
        if names is not None:
            allowed = {'gettext', 'ngettext', 'npgettext', 'pgettext'}
            for name in allowed & set(names):
                builtins.__dict__[name] = getattr(self, name)


class GNUTranslations(NullTranslations):
    LE_MAGIC = 0x950412de
    BE_MAGIC = 0xde120495
    CONTEXT = "%s\x04%s"
    VERSIONS = (0, 1)

    def _get_versions(self, version):
        return (version >> 16, version & 0xffff)

    def _parse(self, fp):
        from struct import unpack
        filename = getattr(fp, 'name', '')
        self._catalog = catalog = {}
        self.plural = lambda n: int(n != 1)
        buf = fp.read()
        buflen = len(buf)
        magic = unpack('<I', buf[:4])[0]
        if magic == self.LE_MAGIC:
            version, count, midx, tidx = unpack('<4I', buf[4:20])
            ii = '<II'
        elif magic == self.BE_MAGIC:
            version, count, midx, tidx = unpack('>4I', buf[4:20])
            ii = '>II'
        else:
            raise OSError(0, 'Bad magic number', filename)
        major, minor = self._get_versions(version)
        if major not in self.VERSIONS:
            raise OSError(0, 'Bad version number ' + str(major), filename)
        for _ in range(count):
            mlen, moff = unpack(ii, buf[midx:midx + 8])
            tlen, toff = unpack(ii, buf[tidx:tidx + 8])
            mend = moff + mlen
            tend = toff + tlen
            if mend < buflen and tend < buflen:
                msg = buf[moff:mend]
                tmsg = buf[toff:tend]
            else:
                raise OSError(0, 'File is corrupt', filename)
            if mlen == 0:
                self._read_header(tmsg)
            charset = self._charset or 'ascii'
            if b'\x00' in msg:
                msgid1, _msgid2 = msg.split(b'\x00')
                msgid1 = str(msgid1, charset)
                for i, x in enumerate(tmsg.split(b'\x00')):
                    catalog[(msgid1, i)] = str(x, charset)
            else:
                catalog[str(msg, charset)] = str(tmsg, charset)
            midx += 8
            tidx += 8

    def _read_header(self, tmsg):
        lastk = None
        for raw in tmsg.split(b'\n'):
            item = raw.decode().strip()
            if not item:
                continue
            if item.startswith('#-#-#-#-#') and item.endswith('#-#-#-#-#'):
                continue
            k = v = None
            if ':' in item:
                k, v = item.split(':', 1)
                k = k.strip().lower()
                v = v.strip()
                self._info[k] = v
                lastk = k
            elif lastk:
                self._info[lastk] += '\n' + item
            if k == 'content-type':
                self._charset = v.split('charset=')[1]
            elif k == 'plural-forms':
                plural = v.split(';')[1].split('plural=')[1]
                self.plural = c2py(plural)

    def gettext(self, message):
        missing = object()
        tmsg = self._catalog.get(message, missing)
        if tmsg is missing:
            tmsg = self._catalog.get((message, self.plural(1)), missing)
        if tmsg is not missing:
            return tmsg
        if self._fallback:
            return self._fallback.gettext(message)
        return message

    def ngettext(self, msgid1, msgid2, n):
        try:
            return self._catalog[(msgid1, self.plural(n))]
        except KeyError:
            if self._fallback:
                return self._fallback.ngettext(msgid1, msgid2, n)
            return msgid1 if n == 1 else msgid2

    def pgettext(self, context, message):
        key = self.CONTEXT % (context, message)
        missing = object()
        tmsg = self._catalog.get(key, missing)
        if tmsg is missing:
            tmsg = self._catalog.get((key, self.plural(1)), missing)
        if tmsg is not missing:
            return tmsg
        if self._fallback:
            return self._fallback.pgettext(context, message)
        return message

    def npgettext(self, context, msgid1, msgid2, n):
        key = self.CONTEXT % (context, msgid1)
        try:
            return self._catalog[key, self.plural(n)]
        except KeyError:
            if self._fallback:
                return self._fallback.npgettext(context, msgid1, msgid2, n)
            return msgid1 if n == 1 else msgid2


def find(domain, localedir=None, languages=None, all=False):
    if localedir is None:
        localedir = _default_localedir
    if languages is None:
        languages = []
        for envar in ('LANGUAGE', 'LC_ALL', 'LC_MESSAGES', 'LANG'):
            val = os.environ.get(envar)
            if val:
                languages = val.split(':')
                break
        if 'C' not in languages:
            languages.append('C')
    expanded = []
    for lang in languages:
        for item in _expand_lang(lang):
            if item not in expanded:
                expanded.append(item)
    result = [] if all else None
    for lang in expanded:
        if lang == 'C':
            break
        mofile = os.path.join(localedir, lang, 'LC_MESSAGES', '%s.mo' % domain)
        if os.path.exists(mofile):
            if not all:
                return mofile
            result.append(mofile)
    return result


_translations = {}


def translation(domain, localedir=None, languages=None, class_=None,
                fallback=False):
    if class_ is None:
        class_ = GNUTranslations
    mofiles = find(domain, localedir, languages, all=True)
    if not mofiles:
        if fallback:
            return NullTranslations()
        from errno import ENOENT
        raise FileNotFoundError(ENOENT,
                                'No translation file found for domain',
                                domain)
    import copy
    result = None
    for mofile in mofiles:
        key = (class_, os.path.abspath(mofile))
        t = _translations.get(key)
        if t is None:
            with open(mofile, 'rb') as fp:
                t = _translations.setdefault(key, class_(fp))
        t = copy.copy(t)
        if result is None:
            result = t
        else:
            result.add_fallback(t)
    return result


def install(domain, localedir=None, *, names=None):
    t = translation(domain, localedir, fallback=True)
    t.install(names)


_localedirs = {}
_current_domain = 'messages'


def textdomain(domain=None):
    global _current_domain
    if domain is not None:
        _current_domain = domain
    return _current_domain


def bindtextdomain(domain, localedir=None):
    if localedir is not None:
        _localedirs[domain] = localedir
    return _localedirs.get(domain, _default_localedir)


def _domain_translation(domain):
    try:
        return translation(domain, _localedirs.get(domain, None))
    except OSError:
        return None


def dgettext(domain, message):
    t = _domain_translation(domain)
    return message if t is None else t.gettext(message)


def dngettext(domain, msgid1, msgid2, n):
    t = _domain_translation(domain)
    if t is None:
        return msgid1 if n == 1 else msgid2
    return t.ngettext(msgid1, msgid2, n)


def dpgettext(domain, context, message):
    t = _domain_translation(domain)
    return message if t is None else t.pgettext(context, message)


def dnpgettext(domain, context, msgid1, msgid2, n):
    t = _domain_translation(domain)
    if t is None:
        return msgid1 if n == 1 else msgid2
    return t.npgettext(context, msgid1, msgid2, n)


def gettext(message):
    return dgettext(_current_domain, message)


def ngettext(msgid1, msgid2, n):
    return dngettext(_current_domain, msgid1, msgid2, n)


def pgettext(context, message):
    return dpgettext(_current_domain, context, message)


def npgettext(context, msgid1, msgid2, n):
    return dnpgettext(_current_domain, context, msgid1, msgid2, n)


Catalog = translation
