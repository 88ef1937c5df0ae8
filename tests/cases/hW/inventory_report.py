# Inventory report: CSV in, grouped/sorted tables out, with cmp_to_key and itertools.
import csv
import io
import itertools
import operator
from functools import cmp_to_key, reduce
from collections import namedtuple
from statistics import mean, median

RAW = '''sku,name,category,qty,price,updated
A-100,Widget,tools,12,2.50,2024-01-03
B-220,"Gadget, large",tools,0,19.99,2024-02-11
C-031,Sprocket,parts,250,0.15,2023-12-30
D-404,"Thing ""deluxe""",misc,7,105.00,2024-01-20
E-515,Gizmo,tools,3,7.25,2024-02-01
F-600,Bolt M4,parts,1200,0.05,2024-01-15
G-777,Nut M4,parts,1100,0.04,2024-01-15
H-808,Doohickey,misc,,12.00,2024-02-20
'''
Item = namedtuple("Item", "sku name category qty price updated")
rows = list(csv.DictReader(io.StringIO(RAW)))
items = []
for r in rows:
    try:
        items.append(Item(r["sku"], r["name"], r["category"], int(r["qty"]), float(r["price"]), r["updated"]))
    except ValueError as e:
        print(f"skip {r['sku']}: {type(e).__name__}: {e}")


def by_stock_then_name(a, b):
    if (a.qty == 0) != (b.qty == 0):
        return -1 if a.qty == 0 else 1
    return (a.name.lower() > b.name.lower()) - (a.name.lower() < b.name.lower())


header = f"{'SKU':<6}|{'Name':^18}|{'Cat':<6}|{'Qty':>5}|{'Price':>8}|{'Value':>9}"
print(header)
print("-" * len(header))
for it in sorted(items, key=cmp_to_key(by_stock_then_name)):
    value = it.qty * it.price
    flag = " (OUT)" if not it.qty else ""
    print(f"{it.sku:<6}|{it.name[:18]:^18}|{it.category:<6}|{it.qty:>5}|{it.price:>8.2f}|{value:>9,.2f}{flag}")
print("=" * len(header))
key = operator.attrgetter("category")
for cat, group in itertools.groupby(sorted(items, key=key), key=key):
    g = list(group)
    total = sum(i.qty * i.price for i in g)
    print(f"{cat:>6}: n={len(g)} qty={sum(i.qty for i in g):>5} value={total:>10.3f} mean_price={mean(i.price for i in g):.4f} median_qty={median(i.qty for i in g)}")
top = sorted(items, key=lambda i: (-i.qty * i.price, i.sku))[:3]
print([i.sku for i in top], max(items, key=operator.attrgetter("updated")).name, min(i.updated for i in items))
print(reduce(lambda acc, i: acc + i.qty, items, 0), list(itertools.accumulate(i.qty for i in items)), dict(itertools.zip_longest("ab", [1])))
out = io.StringIO()
w = csv.writer(out, quoting=csv.QUOTE_NONNUMERIC, lineterminator="\n")
w.writerow(["sku", "value", "note"])
for it in items[:4]:
    w.writerow([it.sku, round(it.qty * it.price, 2), it.name])
print(out.getvalue(), end="")
out2 = io.StringIO()
dw = csv.DictWriter(out2, fieldnames=["sku", "qty"], extrasaction="ignore", delimiter=";")
dw.writeheader()
dw.writerows({"sku": i.sku, "qty": i.qty, "extra": 1} for i in items[:3])
print(repr(out2.getvalue()))
print(list(csv.reader(['a,"b,c",d', '"x""y",,z', " sp , q"], skipinitialspace=True)))
print(csv.Sniffer().sniff("a;b;c\n1;2;3\n").delimiter, csv.list_dialects()[:3] if False else sorted(csv.list_dialects()))
try:
    csv.DictWriter(io.StringIO(), fieldnames=["a"]).writerow({"b": 1})
except ValueError as e:
    print(type(e).__name__, e)
print(f"{'left':<10}|{'right':>10}|{'center':^10}|", "café".center(10, "·"), "x".rjust(3, "0"), "%-8s|%8s|" % ("ab", "cd"))
table = [["id", "name", "score"], [1, "alice", 93.5], [22, "bob", 8.25], [333, "christina", 100.0]]
widths = [max(len(str(r[c])) for r in table) for c in range(3)]
for r in table:
    print(" | ".join(str(v).ljust(w) if isinstance(v, str) else str(v).rjust(w) for v, w in zip(r, widths)))
