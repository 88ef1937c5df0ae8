# inventory report - typical script
from collections import defaultdict, Counter, namedtuple
from itertools import groupby, chain, islice
from operator import itemgetter, attrgetter
import functools, statistics, textwrap, json
Sale = namedtuple("Sale", "region product qty price")
sales = [Sale("north", "apple", 10, 0.5), Sale("south", "pear", 4, 0.75), Sale("north", "pear", 7, 0.8),
         Sale("east", "apple", 3, 0.55), Sale("south", "apple", 12, 0.45), Sale("east", "fig", 1, 2.0)]
by_region = defaultdict(list)
for s in sales:
    by_region[s.region].append(s)
for region, items in sorted(by_region.items()):
    total = sum(i.qty * i.price for i in items)
    print(f"{region:<8}{len(items):>3}{total:>10.2f}  {', '.join(map(attrgetter('product'), items))}")
print(max(sales, key=attrgetter("qty")), min(sales, key=lambda s: (s.price, s.region)))
for prod, grp in groupby(sorted(sales, key=attrgetter("product")), key=attrgetter("product")):
    g = list(grp)
    print(prod, [x.qty for x in g], statistics.mean(x.price for x in g))
c = Counter()
for s in sales:
    c[s.product] += s.qty
print(c, c.most_common(1), list(c.elements())[:3], sum(c.values()))
print(sorted(sales, key=itemgetter(1, 0))[:2])
print(json.dumps([s._asdict() for s in sales[:2]], indent=2))
print(textwrap.fill(" ".join(s.product for s in sales * 3), 40))
print(functools.reduce(lambda acc, s: acc + s.qty, sales, 0))
table = [["name", "qty"], *([s.product, str(s.qty)] for s in sales)]
widths = [max(len(r[i]) for r in table) for i in range(2)]
for r in table:
    print(" | ".join(cell.ljust(w) for cell, w in zip(r, widths)))
print(f"{'Total':=^30}")
print("{:>10,.3f}|{:<+8d}|{:^#10x}|{:08.2%}".format(12345.6789, 42, 255, 0.1234))
print(f"{3.0:g} {1e20:g} {1e-5:g} {123456789:e} {0.000123:.2g} {12:b} {-12:o} {'s':*>4} {1234567:_} {1.5:10.3f}|")
print("%5.1f|%-6s|%03d|%x|%r|%c|%%|%e" % (3.14159, "ab", 7, 255, "q", 65, 12345.678))
print(round(2.675, 2), round(0.5), round(1.5), round(-0.5), round(12345, -2), 10 / 3, 2 ** 0.5, 1e16, 1.0e-4, 123456789012345678.0)
