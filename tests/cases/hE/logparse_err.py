"""Log analysis exercise."""
import re
import json
from collections import Counter, defaultdict, namedtuple
from datetime import datetime, timedelta
from itertools import groupby
from operator import attrgetter, itemgetter
from statistics import mean, median
from functools import reduce

LOG = """\
2024-03-01 10:00:01 INFO  [web-1] GET /index.html 200 0.012s user=alice
2024-03-01 10:00:05 WARN  [web-2] GET /api/items?id=5 404 0.003s user=bob
2024-03-01 10:01:10 ERROR [web-1] POST /api/orders 500 1.250s user=alice
2024-03-01 10:02:00 INFO  [web-3] GET /static/app.js 200 0.001s user=-
2024-03-01 11:15:42 INFO  [web-2] PUT /api/items/7 201 0.100s user=carol
malformed line here
2024-03-02 09:00:00 DEBUG [web-1] GET /health 200 0.000s user=-
2024-03-02 23:59:59 ERROR [web-3] DELETE /api/items/7 403 0.020s user=bob
"""

Entry = namedtuple('Entry', 'ts level host method path status dur user')
PAT = re.compile(r'''
    ^(?P<ts>\d{4}-\d\d-\d\d\ \d\d:\d\d:\d\d)\s+
    (?P<level>[A-Z]+)\s+
    \[(?P<host>[\w-]+)\]\s+
    (?P<method>GET|POST|PUT|DELETE)\s+
    (?P<path>\S+)\s+
    (?P<status>\d{3})\s+
    (?P<dur>[\d.]+)s\s+
    user=(?P<user>\S+)$''', re.VERBOSE)

entries, bad = [], []
for lineno, line in enumerate(LOG.splitlines(), 1):
    m = PAT.match(line)
    if not m:
        bad.append((lineno, line))
        continue
    d = m.groupdict()
    entries.append(Entry(datetime.strptime(d['ts'], '%Y-%m-%d %H:%M:%S'), d['level'], d['host'], d['method'],
                         d['path'], int(d['status']), float(d['dur']), None if d['user'] == '-' else d['user']))
print(f'{len(entries)} entries, bad lines: {bad}')
print(entries[0])
levels = Counter(e.level for e in entries)
print(levels, levels.most_common(2), sorted(levels.elements())[:3])
by_host = defaultdict(list)
for e in entries:
    by_host[e.host].append(e.dur)
for host, durs in sorted(by_host.items()):
    print(f'{host:>6}: n={len(durs)} mean={mean(durs):.4f} median={median(durs)} max={max(durs):7.3f}')
for day, group in groupby(sorted(entries, key=attrgetter('ts')), key=lambda e: e.ts.date()):
    g = list(group)
    span = g[-1].ts - g[0].ts
    print(day, len(g), span, repr(span), span.total_seconds())
errors = [e for e in entries if e.status >= 400]
print(json.dumps([e._asdict() | {'ts': e.ts.isoformat()} for e in errors], indent=2, default=str))
users = Counter(filter(None, map(attrgetter('user'), entries)))
print(dict(sorted(users.items(), key=itemgetter(1, 0), reverse=True)))
paths = {re.sub(r'/\d+$', '/<id>', re.sub(r'\?.*', '', e.path)) for e in entries}
print(sorted(paths))
total = reduce(lambda acc, e: acc + timedelta(seconds=e.dur), entries, timedelta())
print(total, f'{total.total_seconds():.3f}', total / len(entries))
ids = [int(x) for e in entries for x in re.findall(r'(?:id=|/)(\d+)\b', e.path)]
print(ids, re.sub(r'(?P<m>GET|POST)', lambda m: m['m'].lower(), 'GET then POST'))
window = datetime(2024, 3, 1, 10) + timedelta(minutes=5)
print([e.path for e in entries if e.ts < window], window.strftime('%d %b %Y, %I:%M %p'))
stats = {lvl: {'count': n, 'share': round(n / len(entries) * 100, 1)} for lvl, n in levels.items()}
print(json.dumps(stats, sort_keys=True, separators=(',', ':')))
print(max(entries, key=attrgetter('dur')).path, min(entries, key=lambda e: (e.status, e.path)).path)
raise ValueError(f'{len(bad)} malformed line(s): {bad[0][1]!r}')
