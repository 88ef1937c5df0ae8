"""Unix shell-style filename pattern matching."""

import os
import posixpath
import re

__all__ = ['filter', 'fnmatch', 'fnmatchcase', 'translate']


def fnmatch(name, pat):
    name = os.path.normcase(name)
    pat = os.path.normcase(pat)
    return fnmatchcase(name, pat)


_cache = {}


def _compile(pat):
    key = (type(pat), pat)
    match = _cache.get(key)
    if match is None:
        if isinstance(pat, bytes):
            res = bytes(translate(str(pat, 'ISO-8859-1')), 'ISO-8859-1')
        else:
            res = translate(pat)
        if len(_cache) >= 32768:
            _cache.clear()
        match = _cache[key] = re.compile(res).match
    return match


def filter(names, pat):
    pat = os.path.normcase(pat)
    match = _compile(pat)
    if os.path is posixpath:
        return [n for n in names if match(n)]
    return [n for n in names if match(os.path.normcase(n))]


def fnmatchcase(name, pat):
    return _compile(pat)(name) is not None


def _bracket(pat, i, j):
    # pat[i:j] is the body of a [...] set (after the '['); returns the regex set body.
    body = pat[i:j]
    if '-' not in body:
        body = body.replace('\\', r'\\')
    else:
        parts = []
        k = i + 2 if pat[i] == '!' else i + 1
        while True:
            k = pat.find('-', k, j)
            if k < 0:
                break
            parts.append(pat[i:k])
            i = k + 1
            k += 3
        tail = pat[i:j]
        if tail:
            parts.append(tail)
        else:
            parts[-1] += '-'
        # drop empty ranges such as z-a
        for k in range(len(parts) - 1, 0, -1):
            if parts[k - 1][-1] > parts[k][0]:
                parts[k - 1] = parts[k - 1][:-1] + parts[k][1:]
                del parts[k]
        body = '-'.join(p.replace('\\', r'\\').replace('-', r'\-') for p in parts)
    return re.sub(r'([&~|])', r'\\\1', body)


def translate(pat):
    STAR = None
    pieces = []
    i, n = 0, len(pat)
    while i < n:
        c = pat[i]
        i += 1
        if c == '*':
            if not pieces or pieces[-1] is not STAR:
                pieces.append(STAR)
        elif c == '?':
            pieces.append('.')
        elif c == '[':
            j = i
            if j < n and pat[j] == '!':
                j += 1
            if j < n and pat[j] == ']':
                j += 1
            while j < n and pat[j] != ']':
                j += 1
            if j >= n:
                pieces.append('\\[')
                continue
            body = _bracket(pat, i, j)
            i = j + 1
            if not body:
                pieces.append('(?!)')
            elif body == '!':
                pieces.append('.')
            else:
                if body[0] == '!':
                    body = '^' + body[1:]
                elif body[0] in ('^', '['):
                    body = '\\' + body
                pieces.append('[%s]' % body)
        else:
            pieces.append(re.escape(c))
    out = []
    i, n = 0, len(pieces)
    while i < n and pieces[i] is not STAR:
        out.append(pieces[i])
        i += 1
    while i < n:
        i += 1
        if i == n:
            out.append('.*')
            break
        fixed = []
        while i < n and pieces[i] is not STAR:
            fixed.append(pieces[i])
            i += 1
        fixed = ''.join(fixed)
        if i == n:
            out.append('.*')
            out.append(fixed)
        else:
            out.append('(?>.*?%s)' % fixed)
    return '(?s:%s)\\Z' % ''.join(out)
