"""Line diffs in difflib.ndiff's format, for assertEqual's failure messages.

Matching is "gestalt" style: the longest common run (ignoring junk) splits both
sequences, and each side is matched recursively; replaced lines that are similar
enough get a '?' guide line marking the changed characters."""

__unittest = True


def _char_junk(ch):
    return ch in ' \t'


class _Matcher(object):
    """Matching blocks and opcodes of two sequences (b is indexed once)."""

    def __init__(self, isjunk, a, b):
        self.a = a
        self.b = b
        self.isjunk = isjunk
        self._index_b()

    def _index_b(self):
        b = self.b
        where = {}
        for i, elt in enumerate(b):
            where.setdefault(elt, []).append(i)
        junk = set()
        if self.isjunk is not None:
            for elt in list(where):
                if self.isjunk(elt):
                    junk.add(elt)
                    del where[elt]
        n = len(b)
        if n >= 200:
            limit = n // 100 + 1
            for elt in [e for e, idx in where.items() if len(idx) > limit]:
                del where[elt]
        self.where = where
        self.junk = junk

    def longest(self, alo, ahi, blo, bhi):
        a, b, where, junk = self.a, self.b, self.where, self.junk
        best_i, best_j, best_k = alo, blo, 0
        runs = {}
        for i in range(alo, ahi):
            new_runs = {}
            for j in where.get(a[i], ()):
                if j < blo:
                    continue
                if j >= bhi:
                    break
                k = new_runs[j] = runs.get(j - 1, 0) + 1
                if k > best_k:
                    best_i, best_j, best_k = i - k + 1, j - k + 1, k
            runs = new_runs
        # Grow the match over equal neighbours: first non-junk ones, then junk ones.
        for want_junk in (False, True):
            while (best_i > alo and best_j > blo and (b[best_j - 1] in junk) == want_junk
                   and a[best_i - 1] == b[best_j - 1]):
                best_i, best_j, best_k = best_i - 1, best_j - 1, best_k + 1
            while (best_i + best_k < ahi and best_j + best_k < bhi
                   and (b[best_j + best_k] in junk) == want_junk
                   and a[best_i + best_k] == b[best_j + best_k]):
                best_k += 1
        return best_i, best_j, best_k

    def blocks(self):
        found = []
        todo = [(0, len(self.a), 0, len(self.b))]
        while todo:
            alo, ahi, blo, bhi = todo.pop()
            i, j, k = self.longest(alo, ahi, blo, bhi)
            if k:
                found.append((i, j, k))
                if alo < i and blo < j:
                    todo.append((alo, i, blo, j))
                if i + k < ahi and j + k < bhi:
                    todo.append((i + k, ahi, j + k, bhi))
        found.sort()
        merged = []
        for i, j, k in found:
            if merged and merged[-1][0] + merged[-1][2] == i and merged[-1][1] + merged[-1][2] == j:
                pi, pj, pk = merged[-1]
                merged[-1] = (pi, pj, pk + k)
            else:
                merged.append((i, j, k))
        merged.append((len(self.a), len(self.b), 0))
        return merged

    def opcodes(self):
        i = j = 0
        out = []
        for ai, bj, size in self.blocks():
            if i < ai and j < bj:
                out.append(('replace', i, ai, j, bj))
            elif i < ai:
                out.append(('delete', i, ai, j, bj))
            elif j < bj:
                out.append(('insert', i, ai, j, bj))
            i, j = ai + size, bj + size
            if size:
                out.append(('equal', ai, i, bj, j))
        return out

    def ratio(self):
        matched = sum(k for _, _, k in self.blocks())
        total = len(self.a) + len(self.b)
        return 2.0 * matched / total if total else 1.0

    def quick_ratio(self):
        counts = {}
        for elt in self.b:
            counts[elt] = counts.get(elt, 0) + 1
        matched = 0
        for elt in self.a:
            left = counts.get(elt, 0)
            if left > 0:
                matched += 1
            counts[elt] = left - 1
        total = len(self.a) + len(self.b)
        return 2.0 * matched / total if total else 1.0

    def real_quick_ratio(self):
        la, lb = len(self.a), len(self.b)
        total = la + lb
        return 2.0 * min(la, lb) / total if total else 1.0


def ndiff(a, b):
    """Lines of a line-by-line comparison of a and b ('- ', '+ ', '  ', '? ' prefixes)."""
    out = []
    for tag, alo, ahi, blo, bhi in _Matcher(None, a, b).opcodes():
        if tag == 'replace':
            _similar_replace(out, a, alo, ahi, b, blo, bhi)
        elif tag == 'delete':
            out.extend('- ' + line for line in a[alo:ahi])
        elif tag == 'insert':
            out.extend('+ ' + line for line in b[blo:bhi])
        else:
            out.extend('  ' + line for line in a[alo:ahi])
    return out


def _replace_block(out, a, alo, ahi, b, blo, bhi):
    if alo < ahi:
        if blo < bhi:
            _similar_replace(out, a, alo, ahi, b, blo, bhi)
        else:
            out.extend('- ' + line for line in a[alo:ahi])
    elif blo < bhi:
        out.extend('+ ' + line for line in b[blo:bhi])


def _similar_replace(out, a, alo, ahi, b, blo, bhi):
    """Pair the most similar lines of two replaced blocks and mark their differences."""
    best_ratio, cutoff = 0.74, 0.75
    best_i = best_j = None
    same_i = same_j = None
    for j in range(blo, bhi):
        bj = b[j]
        for i in range(alo, ahi):
            ai = a[i]
            if ai == bj:
                if same_i is None:
                    same_i, same_j = i, j
                continue
            m = _Matcher(_char_junk, ai, bj)
            if (m.real_quick_ratio() > best_ratio and m.quick_ratio() > best_ratio):
                r = m.ratio()
                if r > best_ratio:
                    best_ratio, best_i, best_j = r, i, j
    if best_ratio < cutoff:
        if same_i is None:
            if bhi - blo < ahi - alo:
                out.extend('+ ' + line for line in b[blo:bhi])
                out.extend('- ' + line for line in a[alo:ahi])
            else:
                out.extend('- ' + line for line in a[alo:ahi])
                out.extend('+ ' + line for line in b[blo:bhi])
            return
        best_i, best_j = same_i, same_j
        identical = True
    else:
        identical = False
    _replace_block(out, a, alo, best_i, b, blo, best_j)
    aline, bline = a[best_i], b[best_j]
    if identical:
        out.append('  ' + aline)
    else:
        atags = btags = ''
        for tag, i1, i2, j1, j2 in _Matcher(_char_junk, aline, bline).opcodes():
            if tag == 'replace':
                atags += '^' * (i2 - i1)
                btags += '^' * (j2 - j1)
            elif tag == 'delete':
                atags += '-' * (i2 - i1)
            elif tag == 'insert':
                btags += '+' * (j2 - j1)
            else:
                atags += ' ' * (i2 - i1)
                btags += ' ' * (j2 - j1)
        atags = _keep_whitespace(aline, atags).rstrip()
        btags = _keep_whitespace(bline, btags).rstrip()
        out.append('- ' + aline)
        if atags:
            out.append('? %s\n' % atags)
        out.append('+ ' + bline)
        if btags:
            out.append('? %s\n' % btags)
    _replace_block(out, a, best_i + 1, ahi, b, best_j + 1, bhi)


def _keep_whitespace(line, tags):
    return ''.join(c if t == ' ' and c.isspace() else t for c, t in zip(line, tags))
