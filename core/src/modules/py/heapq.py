"""Heap queue algorithm (a.k.a. priority queue)."""

__all__ = ['heappush', 'heappop', 'heapify', 'heapreplace', 'merge',
           'nlargest', 'nsmallest', 'heappushpop']

from _heapq import (heappush, heappop, heapify, heapreplace, heappushpop,
                    _heapify_max, _heappop_max, _heapreplace_max)


def merge(*iterables, key=None, reverse=False):
    """Lazily merge sorted inputs into one sorted stream (stable)."""
    if reverse:
        build, drop, swap, sign = _heapify_max, _heappop_max, _heapreplace_max, -1
    else:
        build, drop, swap, sign = heapify, heappop, heapreplace, 1
    # Entries are [sort key, tie breaker, value, iterator]; the tie breaker
    # keeps equal values in the order of the inputs they came from.
    pending = []
    for rank, source in enumerate(iterables):
        stream = iter(source)
        for value in stream:
            pending.append([value if key is None else key(value),
                            rank * sign, value, stream])
            break
    build(pending)
    while len(pending) > 1:
        top = pending[0]
        yield top[2]
        for value in top[3]:
            top[0] = value if key is None else key(value)
            top[2] = value
            swap(pending, top)
            break
        else:
            drop(pending)
    if pending:
        last = pending[0]
        yield last[2]
        yield from last[3]


def _bounded_pick(n, iterable, key, largest):
    """The n best items of *iterable*, best first, ties in input order."""
    if n == 1:
        nothing = object()
        pick = max if largest else min
        best = pick(iter(iterable), default=nothing, key=key)
        return [] if best is nothing else [best]
    try:
        total = len(iterable)
    except (TypeError, AttributeError):
        pass
    else:
        if n >= total:
            return sorted(iterable, key=key, reverse=largest)[:n]
    stream = iter(iterable)
    if n <= 0:
        return []
    # Keep a heap of the current winners whose root is the worst of them.
    # For "largest", the worst is the smallest, so a min-heap; for
    # "smallest" a max-heap. Index signs make later items lose ties.
    sign = -1 if largest else 1
    keep = []
    for pos, item in enumerate(stream):
        entry = (item if key is None else key(item), pos * sign, item)
        if len(keep) < n:
            keep.append(entry)
            if len(keep) == n:
                (heapify if largest else _heapify_max)(keep)
            continue
        # Only the sort keys are compared (a tie keeps the earlier item), the
        # newcomer on the side CPython puts it, so user __lt__ sees the same calls.
        worst = keep[0][0]
        if (worst < entry[0]) if largest else (entry[0] < worst):
            (heapreplace if largest else _heapreplace_max)(keep, entry)
    if 0 < len(keep) < n:
        # Fewer than n items: heapified all the same, as CPython does.
        (heapify if largest else _heapify_max)(keep)
    keep.sort(reverse=largest)
    return [entry[2] for entry in keep]


def nsmallest(n, iterable, key=None):
    """Equivalent to sorted(iterable, key=key)[:n]."""
    return _bounded_pick(n, iterable, key, False)


def nlargest(n, iterable, key=None):
    """Equivalent to sorted(iterable, key=key, reverse=True)[:n]."""
    return _bounded_pick(n, iterable, key, True)
