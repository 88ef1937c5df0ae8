# Regex-heavy log analyser: parse, aggregate, and report.
import re
from collections import Counter, defaultdict

LOG = """\
2024-03-01 08:15:02,113 INFO  [web-1] GET /index.html 200 512b 12ms ip=10.0.0.1 user=alice
2024-03-01 08:15:03,004 WARN  [web-2] GET /missing 404 0b 3ms ip=10.0.0.2
2024-03-01 08:16:10,990 ERROR [db-1] query failed: timeout after 30s (retry=2) sql="SELECT * FROM t"
2024-03-01 08:16:11,000 INFO  [web-1] POST /api/v1/items 201 1.5kb 48ms ip=10.0.0.1 user=bob
2024-03-01 08:17:45,500 DEBUG [worker-3] job#4411 done in 1.25s
2024-03-01 08:18:00,000 INFO  [web-3] GET /api/v1/items?page=2&size=50 200 20kb 130ms ip=192.168.1.20 user=alice
2024-03-01 08:19:59,999 ERROR [web-2] GET /api/v1/items/77 500 0b 2ms ip=10.0.0.2 user=carol
garbage line without structure
2024-03-01 08:20:00,001 CRITICAL [db-1] disk full: /var/lib/db (98.7%)
2024-03-01 08:21:30,250 INFO  [web-1] DELETE /api/v1/items/77 204 0b 9ms ip=10.0.0.3 user=ALICE
"""

LINE = re.compile(r"""
    ^(?P<date>\d{4}-\d{2}-\d{2})\s
    (?P<time>\d{2}:\d{2}:\d{2}),(?P<ms>\d{3})\s+
    (?P<level>DEBUG|INFO|WARN|ERROR|CRITICAL)\s+
    \[(?P<src>[\w-]+?)-(?P<n>\d+)\]\s
    (?P<msg>.*)$
""", re.VERBOSE | re.MULTILINE)
HTTP = re.compile(r"(?P<method>GET|POST|PUT|DELETE)\s(?P<path>/\S*)\s(?P<status>\d{3})\s(?P<size>[\d.]+)(?P<unit>k?b)\s(?P<dur>\d+)ms")
KV = re.compile(r"(\w+)=(\"[^\"]*\"|\S+)")

entries = [m.groupdict() for m in LINE.finditer(LOG)]
print(len(entries), "entries;", len(LOG.splitlines()) - len(entries), "unparsed")
levels = Counter(e["level"] for e in entries)
print(levels.most_common(), sorted(levels))
by_src = defaultdict(list)
for e in entries:
    by_src[e["src"]].append(int(e["n"]))
print(dict(sorted(by_src.items())))
sizes = []
for e in entries:
    h = HTTP.search(e["msg"])
    kv = dict(KV.findall(e["msg"]))
    if h:
        size = float(h["size"]) * (1024 if h["unit"] == "kb" else 1)
        sizes.append(size)
        path = re.sub(r"/\d+(?=/|$)", "/{id}", h["path"].split("?")[0])
        print(f"{e['time']} {h['method']:<6} {path:<22} {h['status']} {size:>8.1f} {h.group('dur'):>4}ms {kv.get('user', '-').lower():<6} {h.span('path')}")
    else:
        print(f"{e['time']} {e['level']:<8} {e['msg'][:40]!r} {kv}")
print(sum(sizes), max(sizes), round(sum(sizes) / len(sizes), 3))

m = LINE.search(LOG)
print(m.group(0)[:30], m.lastgroup, m.lastindex, m.start("level"), m.end("msg") - m.start("msg"), m.expand(r"\g<level>@\g<date> [\5]"))
print(repr(re.match(r"(\d+)-(\d+)", "12-345xyz")), re.match(r"(a)(b)?", "ac").groups(), re.match(r"(a)(b)?", "ac").groups("none"))
print(re.findall(r"(?i)alice", LOG), re.findall(r"\bip=(\d+(?:\.\d+){3})", LOG)[-2:], len(re.findall(r"^\d", LOG, re.M)))
print(re.split(r"(\s*[,;]\s*)", "a , b;c ;  d", maxsplit=2), re.split(r"\W+", "Hello, world! ok"), re.split(r"x*", "axbc"))
print(re.subn(r"(\d+)ms", lambda m: f"{int(m.group(1)) / 1000:.3f}s", LOG)[1], re.sub(r"(?P<k>\w+)=(?P<v>\S+)", r"\g<v>:\g<k>", "a=1 b=2"), re.sub("a|", "-", "bab"))
print(re.fullmatch(r"\d+", "123"), re.fullmatch(r"\d+", "123a"), re.escape("1.5*[x]"), bool(re.search(r"(?<=\[)db(?=-)", LOG)), re.search(r"(?<!\d)\d{3}(?!\d)", "12345 678").group())
print(re.findall(r"(\w)\1", "aabbcd xx"), re.sub(r"(?P<w>\b\w+\b) (?P=w)", r"\1", "the the cat cat sat"), re.match(r"(?P<q>['\"]).*?(?P=q)", "'hi' there").group())
print(re.findall(r"(<)?\w+(?(1)>)", "<a> b <c"), re.compile(r"\d", re.I | re.M).flags & (re.I | re.M), re.compile(r"x").pattern, repr(re.compile(r"a+b", re.I)))
print([m.span() for m in re.finditer(r"", "ab")], re.sub(r"\b", "|", "hi you"), re.findall(r"[^\W\d_]+", "abc_12 déf"), re.match(r"\s*$", "   \n").end())
for bad in [r"(unclosed", r"a{2,1}", r"(?P<1>x)", r"\p", r"*a", r"(?<=a+)b"]:
    try:
        re.compile(bad)
    except re.error as e:
        print("re.error:", e, "| pos", e.pos)
