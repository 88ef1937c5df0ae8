# Randomized differential test: random patterns and subjects from a fixed seed; every
# result (spans, groups, findall, sub, split, errors) is printed, so both interpreters
# must agree on all of them.
import re

state = 20240611


def rnd(n):
    global state
    state = (state * 1103515245 + 12345) & 0x7FFFFFFF
    return (state >> 8) % n


def choice(seq):
    return seq[rnd(len(seq))]


LITS = ['a', 'b', 'c', 'A', ' ', '1', '\\n', '-', 'é']
CLASSES = ['[ab]', '[^a]', '[a-c]', '[^\\s]', '\\d', '\\w', '\\W', '\\s', '.', '[b-cA]', '[\\w-]']


class Gen:
    def __init__(self):
        self.groups = 0
        self.closed = []

    def atom(self, depth):
        k = rnd(22)
        if k < 6 or depth > 3:
            return choice(LITS)
        if k < 10:
            return choice(CLASSES)
        if k == 10:
            return choice(['^', '$', '\\b', '\\B', '\\A', '\\Z'])
        if k in (11, 12):
            self.groups += 1
            g = self.groups
            body = self.alt(depth + 1)
            self.closed.append(g)
            if rnd(3) == 0:
                return '(?P<n%d>%s)' % (g, body)
            return '(%s)' % body
        if k == 13:
            return '(?:%s)' % self.alt(depth + 1)
        if k == 14:
            return '(?%s%s)' % (choice(['=', '!']), self.alt(depth + 1))
        if k == 15:
            return '(?%s%s)' % (choice(['<=', '<!']), choice(['a', 'ab', '[ab]', 'a|b', '\\w\\d', 'a{2}']))
        if k == 16 and self.closed:
            g = choice(self.closed)
            return choice(['\\%d' % g, '(?(%d)%s|%s)' % (g, self.seq(depth + 1), self.seq(depth + 1))])
        if k == 17:
            return '(?>%s)' % self.alt(depth + 1)
        if k == 18:
            return '(?%s:%s)' % (choice(['i', 's', 'm', 'x', '-i', 'a']), self.alt(depth + 1))
        return choice(LITS)

    def piece(self, depth):
        a = self.atom(depth)
        if rnd(3) == 0:
            q = choice(['*', '+', '?', '{2}', '{1,3}', '{,2}', '{2,}', '{0}'])
            q += choice(['', '', '?', '+'])
            return a + q
        return a

    def seq(self, depth):
        return ''.join(self.piece(depth) for _ in range(rnd(4)))

    def alt(self, depth):
        parts = [self.seq(depth)]
        while rnd(4) == 0:
            parts.append(self.seq(depth))
        return '|'.join(parts)


def subject():
    alphabet = 'aabbcA 1\n-é'
    return ''.join(choice(alphabet) for _ in range(rnd(12)))


def show(m):
    if m is None:
        return 'None'
    return '%r %r %r %r %r' % (m.span(), m.groups(), m.groupdict(), m.lastindex, m.lastgroup)


def run(pattern, flags, subjects):
    try:
        p = re.compile(pattern, flags)
    except re.error as e:
        print('error', repr(pattern), e.msg, e.pos)
        return
    print('pattern', repr(pattern), flags, p.groups)
    for s in subjects:
        print(' ', repr(s))
        print('  search', show(p.search(s)))
        print('  match', show(p.match(s)))
        print('  fullmatch', show(p.fullmatch(s)))
        print('  findall', p.findall(s))
        print('  finditer', [m.span() for m in p.finditer(s)])
        print('  sub', repr(p.sub('<\\g<0>>', s)), p.subn('#', s, 2))
        print('  split', p.split(s))
        if len(s) > 2:
            print('  pos', show(p.search(s, 1, len(s) - 1)), show(p.match(s, 2)))


for i in range(700):
    g = Gen()
    pattern = g.alt(0)
    flags = choice([0, 0, 0, re.I, re.M, re.S, re.I | re.M, re.A])
    run(pattern, flags, [subject() for _ in range(3)])
