"""Topological sorting of graphs."""

__all__ = ['TopologicalSorter', 'CycleError']

_OUT = -1
_DONE = -2


class _Info:
    __slots__ = ('node', 'npred', 'succ')

    def __init__(self, node):
        self.node = node
        self.npred = 0
        self.succ = []


class CycleError(ValueError):
    pass


class TopologicalSorter:
    def __init__(self, graph=None):
        self._info = {}
        self._ready = None
        self._nout = 0
        self._ndone = 0
        if graph is not None:
            for node, preds in graph.items():
                self.add(node, *preds)

    def _get(self, node):
        info = self._info.get(node)
        if info is None:
            info = self._info[node] = _Info(node)
        return info

    def add(self, node, *predecessors):
        if self._ready is not None:
            raise ValueError('Nodes cannot be added after a call to prepare()')
        info = self._get(node)
        info.npred += len(predecessors)
        for p in predecessors:
            self._get(p).succ.append(node)

    def prepare(self):
        if self._ready is not None:
            raise ValueError('cannot prepare() more than once')
        self._ready = [i.node for i in self._info.values() if i.npred == 0]
        cycle = self._find_cycle()
        if cycle:
            raise CycleError('nodes are in a cycle', cycle)

    def _check(self):
        if self._ready is None:
            raise ValueError('prepare() must be called first')

    def get_ready(self):
        self._check()
        out = tuple(self._ready)
        for node in out:
            self._info[node].npred = _OUT
        self._ready.clear()
        self._nout += len(out)
        return out

    def is_active(self):
        self._check()
        return self._ndone < self._nout or bool(self._ready)

    def __bool__(self):
        return self.is_active()

    def done(self, *nodes):
        self._check()
        for node in nodes:
            info = self._info.get(node)
            if info is None:
                raise ValueError(f'node {node!r} was not added using add()')
            if info.npred != _OUT:
                if info.npred >= 0:
                    raise ValueError(f'node {node!r} was not passed out (still not ready)')
                raise ValueError(f'node {node!r} was already marked done')
            info.npred = _DONE
            for s in info.succ:
                si = self._info[s]
                si.npred -= 1
                if si.npred == 0:
                    self._ready.append(s)
            self._ndone += 1

    def _find_cycle(self):
        info = self._info
        path = []
        iters = []
        seen = set()
        where = {}
        for start in info:
            if start in seen:
                continue
            node = start
            while True:
                if node in seen:
                    if node in where:
                        return path[where[node]:] + [node]
                else:
                    seen.add(node)
                    iters.append(iter(info[node].succ))
                    where[node] = len(path)
                    path.append(node)
                while path:
                    nxt = next(iters[-1], _DONE_MARK)
                    if nxt is not _DONE_MARK:
                        node = nxt
                        break
                    del where[path.pop()]
                    iters.pop()
                else:
                    break
        return None

    def static_order(self):
        self.prepare()
        while self.is_active():
            group = self.get_ready()
            yield from group
            self.done(*group)

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)


_DONE_MARK = object()
