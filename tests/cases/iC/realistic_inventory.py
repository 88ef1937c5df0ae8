# A small inventory system exercising dicts, lists, sets, tuples, sorting and formatting
import random
from collections import Counter, defaultdict, namedtuple
random.seed(2024)
Item = namedtuple('Item', 'sku name price qty tags')
NAMES = ['widget', 'gadget', 'doohickey', 'gizmo', 'thingamajig', 'sprocket', 'flange', 'grommet']
TAGS = ['metal', 'plastic', 'small', 'large', 'blue', 'red', 'sale']
inventory = {}
for i in range(40):
    sku = 'SKU-%04d' % random.randint(0, 9999)
    inventory[sku] = Item(sku, random.choice(NAMES) + '-' + str(i), round(random.uniform(0.5, 250), 2), random.randint(0, 120), frozenset(random.sample(TAGS, random.randint(0, 3))))
print('items:', len(inventory))
by_name = sorted(inventory.values(), key=lambda it: (it.name.split('-')[0], -it.price, it.sku))
print('%-12s %-18s %10s %5s' % ('SKU', 'Name', 'Price', 'Qty'))
for it in by_name[:15]:
    print('%-12s %-18s %10.2f %5d' % (it.sku, it.name, it.price, it.qty))
total = sum(it.price * it.qty for it in inventory.values())
print(f'Total stock value: {total:,.2f}')
print(f'Mean price: {sum(it.price for it in inventory.values()) / len(inventory):.3f}')
tag_counts = Counter(t for it in inventory.values() for t in it.tags)
print('tags:', sorted(tag_counts.items()))
print('most common:', tag_counts.most_common(3)[0][1])
groups = defaultdict(list)
for it in inventory.values():
    groups[it.name.split('-')[0]].append(it.qty)
for name in sorted(groups):
    qs = groups[name]
    print(f'{name:>12}: n={len(qs):2d} min={min(qs):3d} max={max(qs):3d} avg={sum(qs) / len(qs):7.2f}')
low = {sku for sku, it in inventory.items() if it.qty < 20}
sale = {sku for sku, it in inventory.items() if 'sale' in it.tags}
print('low & sale:', sorted(low & sale))
print('low ^ sale size:', len(low ^ sale), 'low - sale size:', len(low - sale))
for sku in sorted(low)[:5]:
    it = inventory[sku]
    inventory[sku] = it._replace(qty=it.qty + 50)
print('restocked:', [inventory[s].qty for s in sorted(low)[:5]])
orders = [(random.choice(list(inventory)), random.randint(1, 30)) for _ in range(25)]
failed = []
for sku, n in orders:
    it = inventory[sku]
    if it.qty >= n:
        inventory[sku] = it._replace(qty=it.qty - n)
    else:
        failed.append((sku, n, it.qty))
print('failed orders:', len(failed))
for f in failed[:5]:
    print('  %s wanted %d had %d' % f)
price_bands = Counter(int(it.price // 50) * 50 for it in inventory.values())
for band in sorted(price_bands):
    print(f'{band:>4}-{band + 49:<4} {"#" * price_bands[band]}')
report = {name: {'count': len(q), 'total': sum(q)} for name, q in sorted(groups.items())}
print(report)
print(max(inventory.values(), key=lambda it: it.price * it.qty).sku, min(inventory.values(), key=lambda it: (it.qty, it.sku)).sku)
