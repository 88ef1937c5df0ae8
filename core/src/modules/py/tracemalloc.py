"""tracemalloc for wasipy: the interpreter's objects are reference-counted Rust values that
carry no allocation traceback, so tracing can be switched on and off but records no memory:
the counters stay at zero and snapshots are empty."""

import fnmatch
import linecache
import os.path

__all__ = ['BaseFilter', 'DomainFilter', 'Filter', 'Frame', 'Snapshot', 'Statistic',
           'StatisticDiff', 'Trace', 'Traceback', 'clear_traces', 'get_object_traceback',
           'get_traceback_limit', 'get_traced_memory', 'get_tracemalloc_memory',
           'is_tracing', 'reset_peak', 'start', 'stop', 'take_snapshot']

_tracing = False
_limit = 1


def is_tracing():
    return _tracing


def start(nframe=1):
    global _tracing, _limit
    if not isinstance(nframe, int):
        raise TypeError("'%s' object cannot be interpreted as an integer"
                        % type(nframe).__name__)
    if nframe < 1 or nframe > 65535:
        raise ValueError("the number of frames must be in range [1; 65535]")
    _tracing = True
    _limit = nframe


def stop():
    global _tracing
    _tracing = False


def clear_traces():
    pass


def reset_peak():
    pass


def get_traced_memory():
    return (0, 0)


def get_tracemalloc_memory():
    return 0


def get_traceback_limit():
    return _limit


def get_object_traceback(obj):
    return None


class Frame:
    __slots__ = ("_frame",)

    def __init__(self, frame):
        self._frame = frame

    @property
    def filename(self):
        return self._frame[0]

    @property
    def lineno(self):
        return self._frame[1]

    def __eq__(self, other):
        if not isinstance(other, Frame):
            return NotImplemented
        return self._frame == other._frame

    def __lt__(self, other):
        if not isinstance(other, Frame):
            return NotImplemented
        return self._frame < other._frame

    def __hash__(self):
        return hash(self._frame)

    def __str__(self):
        return "%s:%s" % (self.filename, self.lineno)

    def __repr__(self):
        return "<Frame filename=%r lineno=%r>" % (self.filename, self.lineno)


class Traceback(tuple):
    def __new__(cls, frames, total_nframe=None):
        self = tuple.__new__(cls, tuple(Frame(f) for f in reversed(frames)))
        self.total_nframe = total_nframe
        return self

    def __str__(self):
        return str(self[0]) if self else ""

    def __repr__(self):
        return "<Traceback %r>" % (tuple(self),)

    def format(self, limit=None, most_recent_first=False):
        frames = list(self)
        if limit is not None:
            frames = frames[-limit:] if limit > 0 else frames[:-limit]
        if most_recent_first:
            frames.reverse()
        lines = []
        for frame in frames:
            lines.append('  File "%s", line %s' % (frame.filename, frame.lineno))
            line = linecache.getline(frame.filename, frame.lineno).strip()
            if line:
                lines.append('    %s' % line)
        return lines


class Trace:
    __slots__ = ("_trace",)

    def __init__(self, trace):
        self._trace = trace

    @property
    def domain(self):
        return self._trace[0]

    @property
    def size(self):
        return self._trace[1]

    @property
    def traceback(self):
        return Traceback(*self._trace[2:])


class Statistic:
    __slots__ = ('traceback', 'size', 'count')

    def __init__(self, traceback, size, count):
        self.traceback = traceback
        self.size = size
        self.count = count


class StatisticDiff:
    __slots__ = ('traceback', 'size', 'size_diff', 'count', 'count_diff')

    def __init__(self, traceback, size, size_diff, count, count_diff):
        self.traceback = traceback
        self.size = size
        self.size_diff = size_diff
        self.count = count
        self.count_diff = count_diff


class BaseFilter:
    def __init__(self, inclusive):
        self.inclusive = inclusive


class Filter(BaseFilter):
    def __init__(self, inclusive, filename_pattern, lineno=None, all_frames=False,
                 domain=None):
        super().__init__(inclusive)
        self._filename_pattern = os.path.normcase(filename_pattern)
        self.lineno = lineno
        self.all_frames = all_frames
        self.domain = domain

    @property
    def filename_pattern(self):
        return self._filename_pattern


class DomainFilter(BaseFilter):
    def __init__(self, inclusive, domain):
        super().__init__(inclusive)
        self._domain = domain

    @property
    def domain(self):
        return self._domain


_KEY_TYPES = ('traceback', 'filename', 'lineno')


class Snapshot:
    def __init__(self, traces, traceback_limit):
        self.traces = list(traces)
        self.traceback_limit = traceback_limit

    def dump(self, filename):
        import pickle
        with open(filename, "wb") as fp:
            pickle.dump(self, fp, pickle.HIGHEST_PROTOCOL)

    @staticmethod
    def load(filename):
        import pickle
        with open(filename, "rb") as fp:
            return pickle.load(fp)

    def filter_traces(self, filters):
        for f in filters:
            if not isinstance(f, BaseFilter):
                raise TypeError("filters must be a list of filters, not %s"
                                % type(f).__name__)
        return Snapshot(self.traces, self.traceback_limit)

    def _check_key(self, key_type, cumulative):
        if key_type not in _KEY_TYPES:
            raise ValueError("unknown key_type: %r" % (key_type,))
        if cumulative and key_type not in ('lineno', 'filename'):
            raise ValueError("cumulative mode cannot by used "
                             "with key type %r" % key_type)

    def statistics(self, key_type, cumulative=False):
        self._check_key(key_type, cumulative)
        return []

    def compare_to(self, old_snapshot, key_type, cumulative=False):
        self._check_key(key_type, cumulative)
        return []


def take_snapshot():
    if not is_tracing():
        raise RuntimeError("the tracemalloc module must be tracing memory "
                           "allocations to take a snapshot")
    return Snapshot((), _limit)
