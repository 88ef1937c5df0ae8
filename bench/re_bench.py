#!/usr/bin/env python3
"""`re` workloads timed in-process. Run directly to compare interpreters:

    bench/re_bench.py [--wasipy PATH] [-n RUNS]

runs this file under python3 and under the wasipy `python` binary (default
target/release/python), and prints each workload's best time and the ratio. Run with
`--child` it only times the workloads of the interpreter running it (one line per workload:
name, seconds, checksum; the checksums must agree between interpreters).
"""
import re
import sys
import time


def make_log(lines):
    levels = ['INFO', 'WARN', 'DEBUG', 'ERROR']
    paths = ['/api/v1/items', '/login', '/static/app.js', '/api/v2/users/42']
    out = []
    for i in range(lines):
        out.append('2024-01-%02d %02d:%02d:%02d %s [worker-%d] request id=%d took %dms path=%s user=u%d@example.com'
                   % (i % 28 + 1, i % 24, i % 60, (i * 7) % 60, levels[i % 4], i % 8, i * 31,
                      (i * 13) % 997, paths[i % 4], i % 100))
    return '\n'.join(out) + '\n'


def make_text(size):
    words = ['lorem', 'Ipsum', 'dolor', 'sit', 'amet', 'consectetur', 'adipiscing', 'Elit',
             'sed', 'do', 'eiusmod', 'tempor', '1234', 'incididunt', 'ut', 'labore', 'et',
             'dolore', 'magna', 'aliqua', '42.5', 'mail@host.com', 'x']
    out = []
    n = 0
    i = 0
    while n < size:
        w = words[(i * 7 + i // 3) % len(words)]
        out.append(w)
        n += len(w) + 1
        i += 1
        if i % 17 == 0:
            out.append('\n')
    return ' '.join(out)


LOG = make_log(20000)
TEXT = make_text(1 << 20)
UTEXT = TEXT.replace('o', 'ö')[: 1 << 19]

LINE_RE = re.compile(r'(?P<date>\d{4}-\d{2}-\d{2}) (?P<time>[\d:]+) (?P<level>\w+) '
                     r'\[(?P<thread>[^\]]+)\] (?P<msg>.*)')
TOKEN_RE = re.compile(r'''
    (?P<NUMBER>\d+(?:\.\d*)?)
  | (?P<ASSIGN>=)
  | (?P<ID>[A-Za-z_][\w.@/-]*)
  | (?P<PUNCT>[\[\]:/-])
  | (?P<NEWLINE>\n)
  | (?P<SKIP>[ \t]+)
  | (?P<OTHER>.)
''', re.VERBOSE)


def log_lines():
    n = 0
    levels = {}
    for line in LOG.splitlines():
        m = LINE_RE.match(line)
        if m:
            d = m.groupdict()
            levels[d['level']] = levels.get(d['level'], 0) + 1
            n += len(d['msg'])
    return n + len(levels)


def log_tokens():
    kinds = {}
    for m in TOKEN_RE.finditer(LOG):
        k = m.lastgroup
        kinds[k] = kinds.get(k, 0) + 1
    return sum(kinds.values()) * 7 + kinds['NUMBER']


def findall_words():
    return len(re.findall(r'\w+', TEXT))


def findall_numbers():
    return len(re.findall(r'\d+(?:\.\d+)?', TEXT))


def findall_emails():
    return len(re.findall(r'\b[\w.]+@\w+\.com\b', TEXT))


def findall_caps():
    return len(re.findall(r'[A-Z][a-z]+', TEXT))


def search_literal():
    p = re.compile('incididunt ut labore et dolore magna aliqua zzz')
    return sum(1 for _ in range(50) if p.search(TEXT) is None)


def search_ignorecase():
    return len(re.findall('MAGNA', TEXT, re.I))


def sub_callable():
    return len(re.sub(r'\d+', lambda m: str(int(m.group()) * 2), TEXT))


def sub_template():
    return len(re.sub(r'(\w+)@(\w+)', r'\2 at \1', TEXT))


def split_ws():
    return len(re.split(r'\s+', TEXT))


def unicode_words():
    return len(re.findall(r'\w+', UTEXT))


def backtracking():
    p = re.compile(r'(a|b|ab)*c')
    s = 'ab' * 12
    return sum(1 for _ in range(20) if p.match(s) is None)


WORKLOADS = [log_lines, log_tokens, findall_words, findall_numbers, findall_emails,
             findall_caps, search_literal, search_ignorecase, sub_callable, sub_template,
             split_ws, unicode_words, backtracking]


def child(runs):
    for w in WORKLOADS:
        best = None
        for _ in range(runs):
            t = time.perf_counter()
            r = w()
            dt = time.perf_counter() - t
            best = dt if best is None or dt < best else best
        print(w.__name__, '%.6f' % best, r)


def parent(argv):
    import subprocess
    import os
    runs = 3
    wasipy = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'target', 'release', 'python')
    if '-n' in argv:
        runs = int(argv[argv.index('-n') + 1])
    if '--wasipy' in argv:
        wasipy = argv[argv.index('--wasipy') + 1]
    res = {}
    for name, cmd in (('cpython', [sys.executable]), ('wasipy', [wasipy])):
        out = subprocess.run(cmd + [__file__, '--child', str(runs)], capture_output=True,
                             text=True, check=True).stdout
        res[name] = {l.split()[0]: (float(l.split()[1]), l.split()[2]) for l in out.splitlines()}
    print('%-18s %10s %10s %7s' % ('workload', 'CPython', 'wasipy', 'ratio'))
    total = [0.0, 0.0]
    for w in WORKLOADS:
        c, cs = res['cpython'][w.__name__]
        p, ps = res['wasipy'][w.__name__]
        total[0] += c
        total[1] += p
        flag = '' if cs == ps else '  CHECKSUM MISMATCH %s != %s' % (cs, ps)
        print('%-18s %9.1fms %9.1fms %6.2fx%s' % (w.__name__, c * 1e3, p * 1e3, p / c, flag))
    print('%-18s %9.1fms %9.1fms %6.2fx' % ('total', total[0] * 1e3, total[1] * 1e3, total[1] / total[0]))


if __name__ == '__main__':
    if '--child' in sys.argv:
        child(int(sys.argv[sys.argv.index('--child') + 1]))
    else:
        parent(sys.argv[1:])
