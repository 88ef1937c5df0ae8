# compare: stderr
# Exceptions raised inside methods CPython implements in C show no library frames.
import traceback
from collections import OrderedDict, defaultdict, deque
from datetime import date, timedelta
from decimal import Decimal
import functools, operator, itertools, heapq, bisect

def boom():
    return 1 / 0

cases = [
    lambda: OrderedDict().popitem(),
    lambda: OrderedDict(a=1).move_to_end('x'),
    lambda: OrderedDict([(1, 2, 3)]),
    lambda: OrderedDict(a=1).pop('q'),
    lambda: defaultdict(boom)['k'],
    lambda: defaultdict(5),
    lambda: deque([1], maxlen=1).index(7),
    lambda: date(2023, 2, 29),
    lambda: timedelta(days=10**10),
    lambda: Decimal('abc'),
    lambda: functools.reduce(lambda a, b: a / b, [1, 0]),
    lambda: operator.itemgetter('k')({}),
    lambda: list(itertools.starmap(boom, [()])),
    lambda: heapq.heappush([1], 'x'),
    lambda: bisect.insort([1, 2], None),
]
for c in cases:
    try:
        c()
    except Exception:
        traceback.print_exc()
d = OrderedDict(a=1)
for k in d:
    d['b'] = 2
