"""Helpers for computing deltas between sequences."""

import re

__all__ = ['get_close_matches', 'ndiff', 'restore', 'SequenceMatcher', 'Differ',
           'IS_CHARACTER_JUNK', 'IS_LINE_JUNK', 'context_diff', 'unified_diff', 'diff_bytes',
           'HtmlDiff', 'Match']

def _record(name, fields, module):
    # A small named tuple type (collections.namedtuple costs a large import).
    def __new__(cls, *args, **kwargs):
        if kwargs:
            args += tuple(kwargs[f] for f in fields[len(args):])
        if len(args) != len(fields):
            raise TypeError('%s() takes %d positional arguments' % (name, len(fields)))
        return tuple.__new__(cls, args)

    def __repr__(self):
        return '%s(%s)' % (type(self).__name__,
                           ', '.join('%s=%r' % (f, v) for f, v in zip(fields, self)))

    ns = {'__new__': __new__, '__repr__': __repr__, '__slots__': (), '_fields': fields,
          '__module__': module, '__getnewargs__': lambda self: tuple(self),
          '_asdict': lambda self: dict(zip(fields, self)),
          '_replace': lambda self, **kw: type(self)(*[kw.pop(f, v) for f, v in zip(fields, self)])}
    for i, f in enumerate(fields):
        ns[f] = property(lambda self, i=i: self[i])
    return type(name, (tuple,), ns)


Match = _record('Match', ('a', 'b', 'size'), 'difflib')


def _ratio(matches, length):
    return 2.0 * matches / length if length else 1.0


class SequenceMatcher:
    def __init__(self, isjunk=None, a='', b='', autojunk=True):
        self.isjunk = isjunk
        self.autojunk = autojunk
        self.a = self.b = None
        self.set_seqs(a, b)

    def set_seqs(self, a, b):
        self.set_seq1(a)
        self.set_seq2(b)

    def set_seq1(self, a):
        if a is self.a:
            return
        self.a = a
        self.matching_blocks = self.opcodes = None

    def set_seq2(self, b):
        if b is self.b:
            return
        self.b = b
        self.matching_blocks = self.opcodes = None
        self.fullbcount = None
        self._index_b()

    def _index_b(self):
        b = self.b
        index = {}
        for pos, item in enumerate(b):
            if item in index:
                index[item].append(pos)
            else:
                index[item] = [pos]
        junk = set()
        if self.isjunk:
            for item in index:
                if self.isjunk(item):
                    junk.add(item)
            for item in junk:
                del index[item]
        popular = set()
        n = len(b)
        if self.autojunk and n >= 200:
            limit = n // 100 + 1
            for item, where in index.items():
                if len(where) > limit:
                    popular.add(item)
            for item in popular:
                del index[item]
        self.b2j = index
        self.bjunk = junk
        self.bpopular = popular

    def find_longest_match(self, alo=0, ahi=None, blo=0, bhi=None):
        a, b, index, junk = self.a, self.b, self.b2j, self.bjunk
        if ahi is None:
            ahi = len(a)
        if bhi is None:
            bhi = len(b)
        besti, bestj, bestsize = alo, blo, 0
        runs = {}
        empty = ()
        for i in range(alo, ahi):
            new_runs = {}
            for j in index.get(a[i], empty):
                if j < blo:
                    continue
                if j >= bhi:
                    break
                k = runs.get(j - 1, 0) + 1
                new_runs[j] = k
                if k > bestsize:
                    besti, bestj, bestsize = i - k + 1, j - k + 1, k
            runs = new_runs
        for want_junk in (False, True):
            while (besti > alo and bestj > blo and (b[bestj - 1] in junk) == want_junk and
                   a[besti - 1] == b[bestj - 1]):
                besti, bestj, bestsize = besti - 1, bestj - 1, bestsize + 1
            while (besti + bestsize < ahi and bestj + bestsize < bhi and
                   (b[bestj + bestsize] in junk) == want_junk and
                   a[besti + bestsize] == b[bestj + bestsize]):
                bestsize += 1
        return Match(besti, bestj, bestsize)

    def get_matching_blocks(self):
        if self.matching_blocks is not None:
            return self.matching_blocks
        la, lb = len(self.a), len(self.b)
        todo = [(0, la, 0, lb)]
        found = []
        while todo:
            alo, ahi, blo, bhi = todo.pop()
            i, j, k = m = self.find_longest_match(alo, ahi, blo, bhi)
            if k:
                found.append(m)
                if alo < i and blo < j:
                    todo.append((alo, i, blo, j))
                if i + k < ahi and j + k < bhi:
                    todo.append((i + k, ahi, j + k, bhi))
        found.sort()
        merged = []
        ci = cj = ck = 0
        for i, j, k in found:
            if ci + ck == i and cj + ck == j:
                ck += k
            else:
                if ck:
                    merged.append(Match(ci, cj, ck))
                ci, cj, ck = i, j, k
        if ck:
            merged.append(Match(ci, cj, ck))
        merged.append(Match(la, lb, 0))
        self.matching_blocks = merged
        return merged

    def get_opcodes(self):
        if self.opcodes is not None:
            return self.opcodes
        i = j = 0
        ops = []
        for ai, bj, size in self.get_matching_blocks():
            if i < ai and j < bj:
                ops.append(('replace', i, ai, j, bj))
            elif i < ai:
                ops.append(('delete', i, ai, j, bj))
            elif j < bj:
                ops.append(('insert', i, ai, j, bj))
            i, j = ai + size, bj + size
            if size:
                ops.append(('equal', ai, i, bj, j))
        self.opcodes = ops
        return ops

    def get_grouped_opcodes(self, n=3):
        codes = self.get_opcodes()
        if not codes:
            codes = [('equal', 0, 1, 0, 1)]
        else:
            codes = list(codes)
        if codes[0][0] == 'equal':
            t, i1, i2, j1, j2 = codes[0]
            codes[0] = t, max(i1, i2 - n), i2, max(j1, j2 - n), j2
        if codes[-1][0] == 'equal':
            t, i1, i2, j1, j2 = codes[-1]
            codes[-1] = t, i1, min(i2, i1 + n), j1, min(j2, j1 + n)
        group = []
        for t, i1, i2, j1, j2 in codes:
            if t == 'equal' and i2 - i1 > 2 * n:
                group.append((t, i1, min(i2, i1 + n), j1, min(j2, j1 + n)))
                yield group
                group = []
                i1, j1 = max(i1, i2 - n), max(j1, j2 - n)
            group.append((t, i1, i2, j1, j2))
        if group and not (len(group) == 1 and group[0][0] == 'equal'):
            yield group

    def ratio(self):
        matches = sum(m[-1] for m in self.get_matching_blocks())
        return _ratio(matches, len(self.a) + len(self.b))

    def quick_ratio(self):
        if self.fullbcount is None:
            counts = {}
            for item in self.b:
                counts[item] = counts.get(item, 0) + 1
            self.fullbcount = counts
        counts = self.fullbcount
        left = {}
        matches = 0
        for item in self.a:
            n = left[item] if item in left else counts.get(item, 0)
            left[item] = n - 1
            if n > 0:
                matches += 1
        return _ratio(matches, len(self.a) + len(self.b))

    def real_quick_ratio(self):
        la, lb = len(self.a), len(self.b)
        return _ratio(min(la, lb), la + lb)

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)


def get_close_matches(word, possibilities, n=3, cutoff=0.6):
    if not n > 0:
        raise ValueError('n must be > 0: %r' % (n,))
    if not 0.0 <= cutoff <= 1.0:
        raise ValueError('cutoff must be in [0.0, 1.0]: %r' % (cutoff,))
    matcher = SequenceMatcher()
    matcher.set_seq2(word)
    good = []
    for cand in possibilities:
        matcher.set_seq1(cand)
        # cheap upper bounds first
        if min(matcher.real_quick_ratio(), matcher.quick_ratio()) < cutoff:
            continue
        score = matcher.ratio()
        if score >= cutoff:
            good.append((score, cand))
    import heapq
    return [cand for _, cand in heapq.nlargest(n, good)]


_MARKS = {'replace': ('^', '^'), 'delete': ('-', None), 'insert': (None, '+'),
          'equal': (' ', ' ')}


def _guide(line, marks):
    # the '?' line: marks under the changed characters, tabs kept where text had them
    out = ''.join(c if m == ' ' and c.isspace() else m for c, m in zip(line, marks))
    return out.rstrip()


class Differ:
    def __init__(self, linejunk=None, charjunk=None):
        self.linejunk = linejunk
        self.charjunk = charjunk

    def compare(self, a, b):
        ops = SequenceMatcher(self.linejunk, a, b).get_opcodes()
        for tag, a1, a2, b1, b2 in ops:
            if tag == 'equal':
                yield from self._emit(' ', a, a1, a2)
            elif tag == 'delete':
                yield from self._emit('-', a, a1, a2)
            elif tag == 'insert':
                yield from self._emit('+', b, b1, b2)
            elif tag == 'replace':
                yield from self._fancy_replace(a, a1, a2, b, b1, b2)
            else:
                raise ValueError('unknown tag %r' % (tag,))

    def _emit(self, mark, lines, lo, hi):
        for line in lines[lo:hi]:
            yield mark + ' ' + line

    def _blocks(self, a, a1, a2, b, b1, b2):
        # two blocks with nothing similar: the shorter one first
        first, second = (('+', b, b1, b2), ('-', a, a1, a2))
        if not b2 - b1 < a2 - a1:
            first, second = second, first
        yield from self._emit(*first)
        yield from self._emit(*second)

    def _fancy_replace(self, a, a1, a2, b, b1, b2):
        # find the most similar pair of lines (ratio above 0.74, first found wins ties)
        best, pick = 0.74, None
        identical = None
        chars = SequenceMatcher(self.charjunk)
        for j in range(b1, b2):
            chars.set_seq2(b[j])
            for i in range(a1, a2):
                if a[i] == b[j]:
                    if identical is None:
                        identical = (i, j)
                    continue
                chars.set_seq1(a[i])
                if (chars.real_quick_ratio() > best and chars.quick_ratio() > best and
                        chars.ratio() > best):
                    best, pick = chars.ratio(), (i, j)
        if best < 0.75:
            if identical is None:
                yield from self._blocks(a, a1, a2, b, b1, b2)
                return
            pick, same = identical, True
        else:
            same = False
        i, j = pick
        yield from self._around(a, a1, i, b, b1, j)
        if same:
            yield '  ' + a[i]
        else:
            yield from self._marked(a[i], b[j], chars)
        yield from self._around(a, i + 1, a2, b, j + 1, b2)

    def _marked(self, old, new, chars):
        chars.set_seqs(old, new)
        old_marks, new_marks = [], []
        for tag, i1, i2, j1, j2 in chars.get_opcodes():
            if tag not in _MARKS:
                raise ValueError('unknown tag %r' % (tag,))
            om, nm = _MARKS[tag]
            if om:
                old_marks.append(om * (i2 - i1))
            if nm:
                new_marks.append(nm * (j2 - j1))
        yield from self._qformat(old, new, ''.join(old_marks), ''.join(new_marks))

    def _around(self, a, a1, a2, b, b1, b2):
        if a1 < a2 and b1 < b2:
            yield from self._fancy_replace(a, a1, a2, b, b1, b2)
        elif a1 < a2:
            yield from self._emit('-', a, a1, a2)
        elif b1 < b2:
            yield from self._emit('+', b, b1, b2)

    def _qformat(self, aline, bline, atags, btags):
        atags, btags = _guide(aline, atags), _guide(bline, btags)
        yield '- ' + aline
        if atags:
            yield '? %s\n' % atags
        yield '+ ' + bline
        if btags:
            yield '? %s\n' % btags


def IS_LINE_JUNK(line, pat=re.compile(r'\s*(?:#\s*)?$').match):
    return pat(line) is not None


def IS_CHARACTER_JUNK(ch, ws=' \t'):
    return ch in ws


def _span_unified(lo, hi):
    # 'start,count' with 1-based start; a single line is just 'start'; empty is 'before,0'
    count = hi - lo
    if count == 1:
        return str(lo + 1)
    return '%d,%d' % (lo + 1 if count else lo, count)


def _span_context(lo, hi):
    # 'first,last' (1-based); one line or none is just one number
    count = hi - lo
    start = lo + 1 if count else lo
    if count <= 1:
        return str(start)
    return '%d,%d' % (start, start + count - 1)


def _require_str(a, b, names):
    for seq in (a, b):
        if seq and not isinstance(seq[0], str):
            raise TypeError('lines to compare must be str, not %s (%r)'
                            % (type(seq[0]).__name__, seq[0]))
    for value in names:
        if not isinstance(value, str):
            raise TypeError('all arguments must be str, not: %r' % (value,))


def _header(mark, name, date, lineterm):
    return '%s %s%s%s' % (mark, name, '\t' + date if date else '', lineterm)


def unified_diff(a, b, fromfile='', tofile='', fromfiledate='', tofiledate='', n=3,
                 lineterm='\n'):
    _require_str(a, b, (fromfile, tofile, fromfiledate, tofiledate, lineterm))
    for k, hunk in enumerate(SequenceMatcher(None, a, b).get_grouped_opcodes(n)):
        if k == 0:
            yield _header('---', fromfile, fromfiledate, lineterm)
            yield _header('+++', tofile, tofiledate, lineterm)
        yield '@@ -%s +%s @@%s' % (_span_unified(hunk[0][1], hunk[-1][2]),
                                   _span_unified(hunk[0][3], hunk[-1][4]), lineterm)
        for tag, a1, a2, b1, b2 in hunk:
            if tag == 'equal':
                yield from (' ' + x for x in a[a1:a2])
                continue
            if tag != 'insert':
                yield from ('-' + x for x in a[a1:a2])
            if tag != 'delete':
                yield from ('+' + x for x in b[b1:b2])


_CONTEXT_MARK = {'insert': '+ ', 'delete': '- ', 'replace': '! ', 'equal': '  '}


def context_diff(a, b, fromfile='', tofile='', fromfiledate='', tofiledate='', n=3,
                 lineterm='\n'):
    _require_str(a, b, (fromfile, tofile, fromfiledate, tofiledate, lineterm))
    for k, hunk in enumerate(SequenceMatcher(None, a, b).get_grouped_opcodes(n)):
        if k == 0:
            yield _header('***', fromfile, fromfiledate, lineterm)
            yield _header('---', tofile, tofiledate, lineterm)
        tags = {op[0] for op in hunk}
        yield '*' * 15 + lineterm
        yield '*** %s ****%s' % (_span_context(hunk[0][1], hunk[-1][2]), lineterm)
        if tags & {'replace', 'delete'}:
            for tag, a1, a2, _, _ in hunk:
                if tag != 'insert':
                    yield from (_CONTEXT_MARK[tag] + x for x in a[a1:a2])
        yield '--- %s ----%s' % (_span_context(hunk[0][3], hunk[-1][4]), lineterm)
        if tags & {'replace', 'insert'}:
            for tag, _, _, b1, b2 in hunk:
                if tag != 'delete':
                    yield from (_CONTEXT_MARK[tag] + x for x in b[b1:b2])


def diff_bytes(dfunc, a, b, fromfile=b'', tofile=b'', fromfiledate=b'', tofiledate=b'', n=3,
               lineterm=b'\n'):
    def text(v):
        try:
            return v.decode('ascii', 'surrogateescape')
        except AttributeError as err:
            raise TypeError('all arguments must be bytes, not %s (%r)'
                            % (type(v).__name__, v)) from err
    names = [text(v) for v in (fromfile, tofile, fromfiledate, tofiledate)]
    out = dfunc([text(x) for x in a], [text(x) for x in b], *names, n, text(lineterm))
    for line in out:
        yield line.encode('ascii', 'surrogateescape')


def ndiff(a, b, linejunk=None, charjunk=IS_CHARACTER_JUNK):
    return Differ(linejunk, charjunk).compare(a, b)


def restore(delta, which):
    keep = {1: '- ', 2: '+ '}.get(int(which))
    if keep is None:
        raise ValueError('unknown delta choice (must be 1 or 2): %r' % which)
    for line in delta:
        if line[:2] in ('  ', keep):
            yield line[2:]


class HtmlDiff:
    def __init__(self, tabsize=8, wrapcolumn=None, linejunk=None, charjunk=IS_CHARACTER_JUNK):
        raise NotImplementedError('difflib.HtmlDiff is not available in wasipy')
