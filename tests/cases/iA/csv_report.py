import csv
import io
import statistics
from collections import defaultdict
from datetime import date, datetime, timedelta
from itertools import groupby
from operator import itemgetter

RAW = """date,region,product,units,price
2024-01-03,North,Widget,12,2.50
2024-01-03,South,Gadget,3,19.99
2024-01-04,North,Gadget,5,19.99
2024-01-10,East,Widget,40,2.45
2024-01-11,South,Widget,,2.50
2024-01-15,North,Doohickey,7,"1,200.00"
2024-02-01,East,Gadget,1,21.00
2024-02-02,West,Widget,9,2.50
bad-date,West,Widget,1,1.00
2024-02-14,North,"Widget, Deluxe",2,5.75
"""


class Row:
    __slots__ = ("day", "region", "product", "units", "price")

    def __init__(self, day, region, product, units, price):
        self.day, self.region, self.product = day, region, product
        self.units, self.price = units, price

    @property
    def revenue(self):
        return self.units * self.price

    def __repr__(self):
        return "Row(%s, %r, %r, %d, %.2f)" % (self.day.isoformat(), self.region, self.product, self.units, self.price)


rows, errors = [], []
reader = csv.DictReader(io.StringIO(RAW))
print(reader.fieldnames)
for lineno, rec in enumerate(reader, start=2):
    try:
        d = datetime.strptime(rec["date"], "%Y-%m-%d").date()
        units = int(rec["units"])
        price = float(rec["price"].replace(",", ""))
    except ValueError as e:
        errors.append((lineno, str(e)))
        continue
    rows.append(Row(d, rec["region"], rec["product"], units, price))
print(len(rows), "rows")
for ln, msg in errors:
    print(f"line {ln}: {msg}")
for r in rows[:3]:
    print(r)

by_region = defaultdict(float)
for r in rows:
    by_region[r.region] += r.revenue
print("\n%-8s %12s" % ("Region", "Revenue"))
for region, rev in sorted(by_region.items(), key=itemgetter(1), reverse=True):
    print("%-8s %12s" % (region, f"{rev:,.2f}"))

print()
keyf = lambda r: (r.day.year, r.day.month)
for (y, m), grp in groupby(sorted(rows, key=keyf), key=keyf):
    grp = list(grp)
    units = [g.units for g in grp]
    print(f"{y}-{m:02d}: n={len(grp)} units={sum(units)} mean={statistics.mean(units):.2f} "
          f"median={statistics.median(units)} max={max(grp, key=lambda g: g.revenue).product!r}")

out = io.StringIO()
w = csv.writer(out, quoting=csv.QUOTE_MINIMAL, lineterminator="\n")
w.writerow(["product", "total_units", "note"])
tot = defaultdict(int)
for r in rows:
    tot[r.product] += r.units
for p in sorted(tot):
    w.writerow([p, tot[p], 'says "hi"' if "," in p else ""])
print(out.getvalue())
out2 = io.StringIO()
dw = csv.DictWriter(out2, fieldnames=["a", "b"], extrasaction="ignore", lineterminator="\r\n")
dw.writeheader()
dw.writerows([{"a": 1, "b": None, "c": 3}, {"a": "x\ny", "b": 2.5}])
print(repr(out2.getvalue()))
try:
    csv.DictWriter(io.StringIO(), fieldnames=["a"]).writerow({"zz": 1})
except ValueError as e:
    print(type(e).__name__, e)
print(list(csv.reader(["a;b;'c;d'", "1;;3"], delimiter=";", quotechar="'")))
print(list(csv.reader(['"unterminated'], strict=False)))
try:
    list(csv.reader(['a,"b"c'], strict=True))
except csv.Error as e:
    print("csv.Error", e)
start = min(r.day for r in rows)
end = max(r.day for r in rows)
span = end - start
print(start, end, span, span.days // 7, "weeks", (start + timedelta(weeks=6)).strftime("%d %b %Y (%a)"))
week_totals = defaultdict(int)
for r in rows:
    week_totals[r.day.isocalendar()[1]] += r.units
print(dict(sorted(week_totals.items())))
