# The frames of Python code called back from native code (key functions, map, filter,
# reduce, list.sort) and through f(*args, **kw) are seen by sys._getframe, extract_stack
# and warnings.warn(stacklevel=).
import functools
import sys
import traceback
import warnings


def where(x=None):
    names = [f.name for f in traceback.extract_stack()][1:]
    f = sys._getframe(1)
    print(names, f.f_code.co_name, f.f_back.f_code.co_name if f.f_back else None)
    return x if x is not None else 0


def via_sorted():
    return sorted([2, 1], key=where)


def via_min_max():
    return min([3], key=where), max([4], key=where)


def via_map_filter():
    return list(map(where, [5])), list(filter(where, [6]))


def via_reduce():
    return functools.reduce(lambda a, b: where(a + b), [1, 2, 3])


def via_list_sort():
    xs = [3, 1]
    xs.sort(key=where)
    return xs


def spread(*args, **kw):
    return where(len(args) + len(kw))


def via_spread():
    args = (1, 2)
    kw = {"k": 3}
    return spread(*args, **kw), spread(*[1]), spread(**kw)


class Lazy:
    @property
    def value(self):
        return where(7)

    def __add__(self, other):
        return where(8)

    def __getitem__(self, i):
        return where(i)

    def __eq__(self, other):
        return where(True)

    __hash__ = object.__hash__


def via_dunders():
    o = Lazy()
    return o.value, o + 1, o[9], o == 1


def gen():
    where()
    yield 1
    where()
    yield 2


def via_generator():
    return [x for x in gen()], list(gen())


for fn in (via_sorted, via_min_max, via_map_filter, via_reduce, via_list_sort,
           via_spread, via_dunders, via_generator):
    print(fn.__name__, fn())


def warn_here():
    warnings.warn("from a key function", UserWarning, stacklevel=2)
    return 0


def warner():
    return sorted([1], key=lambda x: warn_here())


with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    warner()
    functools.reduce(lambda a, b: warn_here(), [1, 2])
for w in caught:
    print(w.lineno, w.message)
