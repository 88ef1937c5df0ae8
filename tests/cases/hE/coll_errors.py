from collections import OrderedDict, defaultdict, deque, Counter, ChainMap
tests = ['OrderedDict(1, 2)', 'OrderedDict([1])', 'OrderedDict(5)', 'OrderedDict().update(1, 2)', 'OrderedDict(a=1) | 5', 'OrderedDict(a=1) < OrderedDict()', 'OrderedDict(a=1).keys(1)', 'defaultdict(list, 1, 2)', 'defaultdict(list).copy(1)', 'defaultdict(list) | 5', 'defaultdict(int, a=1)', 'defaultdict(default_factory=int)', 'deque(1)', 'deque([], 1, 2)', 'deque([], maxlen="x")', 'deque().rotate("x")', 'deque()[0]', 'deque([1])[5]', 'deque().extend(1)', 'deque([1]) < [1]', 'deque([1]) + [1]', 'Counter(1, 2)', 'Counter().most_common("x")', 'Counter("a") + 1', 'Counter("a") < 5', 'Counter.fromkeys("ab")', 'ChainMap({}).pop("x")', 'ChainMap().popitem()', 'ChainMap(1)["x"]', 'hash(deque())', 'hash(OrderedDict())', 'OrderedDict(a=1).__reversed__(1)', 'list(reversed(OrderedDict(a=1).values()))', 'deque([1, 2, 3], 2)', 'deque([1]) == [1]', 'deque([[1]]).copy()[0] is deque([[1]])[0]']
for t in tests:
    try:
        print(t, '=', repr(eval(t)))
    except Exception as e:
        print(t, '!', type(e).__name__, e)
