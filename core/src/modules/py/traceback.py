"""Stack traces: extract, format and print them."""

import sys
import _traceback

__all__ = ['extract_stack', 'extract_tb', 'format_exception',
           'format_exception_only', 'format_list', 'format_stack',
           'format_tb', 'print_exc', 'format_exc', 'print_exception',
           'print_last', 'print_stack', 'print_tb', 'clear_frames',
           'FrameSummary', 'StackSummary', 'TracebackException',
           'walk_stack', 'walk_tb']

_sentinel = object()
# Identical consecutive frames beyond this count are summarised.
_RECURSIVE_CUTOFF = 3

_CAUSE_HEADER = ("\nThe above exception was the direct cause "
                 "of the following exception:\n\n")
_CONTEXT_HEADER = ("\nDuring handling of the above exception, "
                   "another exception occurred:\n\n")


def _write_all(pieces, file):
    out = sys.stderr if file is None else file
    for piece in pieces:
        print(piece, file=out, end="")


# -- module-level helpers ------------------------------------------------

def print_list(extracted_list, file=None):
    """Print entries as returned by extract_tb() or extract_stack()."""
    _write_all(format_list(extracted_list), file)


def format_list(extracted_list):
    """Format FrameSummary objects or (file, line, name, text) tuples."""
    summary = StackSummary.from_list(extracted_list)
    return summary.format()


def print_tb(tb, limit=None, file=None):
    """Print up to *limit* entries of traceback *tb*."""
    _write_all(format_tb(tb, limit), file)


def format_tb(tb, limit=None):
    """format_list(extract_tb(tb, limit))."""
    return StackSummary._extract_from_tb(tb, limit).format()


def extract_tb(tb, limit=None):
    """A StackSummary for the entries of traceback *tb*."""
    return StackSummary._extract_from_tb(tb, limit)


def _exception_and_tb(exc, value, tb):
    """Accept both the old (type, value, tb) and the new (exc) call forms."""
    given_value = value is not _sentinel
    if given_value != (tb is not _sentinel):
        raise ValueError("Both or neither of value and tb must be given")
    if given_value:
        return value, tb
    if exc is None:
        return None, None
    if not isinstance(exc, BaseException):
        raise TypeError(f'Exception expected for value, {type(exc).__name__} found')
    return exc, exc.__traceback__


def print_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None,
                    file=None, chain=True):
    """Print an exception with its traceback (and chained exceptions)."""
    value, tb = _exception_and_tb(exc, value, tb)
    report = TracebackException(type(value), value, tb, limit=limit, compact=True)
    report.print(file=file, chain=chain)


def format_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None,
                     chain=True):
    """Like print_exception() but return the list of strings."""
    value, tb = _exception_and_tb(exc, value, tb)
    report = TracebackException(type(value), value, tb, limit=limit, compact=True)
    return list(report.format(chain=chain))


def format_exception_only(exc, /, value=_sentinel):
    """The final "Type: message" part of a traceback, as a list of strings."""
    if value is _sentinel:
        value = exc
    report = TracebackException(type(value), value, None, compact=True)
    return list(report.format_exception_only())


def _safe_string(value, what, func=str):
    try:
        return func(value)
    except:  # noqa: E722 - any failure, even a BaseException, is reported
        return '<%s %s() failed>' % (what, func.__name__)


def _final_line(type_name, text):
    if text:
        return f"{type_name}: {text}\n"
    return f"{type_name}\n"


def print_exc(limit=None, file=None, chain=True):
    """Print the exception currently being handled."""
    kind, value, tb = sys.exc_info()
    print_exception(kind, value, tb, limit=limit, file=file, chain=chain)


def format_exc(limit=None, chain=True):
    """The exception currently being handled, formatted as one string."""
    kind, value, tb = sys.exc_info()
    return "".join(format_exception(kind, value, tb, limit=limit, chain=chain))


def print_last(limit=None, file=None, chain=True):
    """Print sys.last_type/last_value/last_traceback."""
    try:
        kind = sys.last_type
    except AttributeError:
        raise ValueError("no last exception") from None
    print_exception(kind, sys.last_value, sys.last_traceback, limit=limit,
                    file=file, chain=chain)


def print_stack(f=None, limit=None, file=None):
    """Print the call stack (from frame *f*, by default the caller's)."""
    print_list(_current_stack(limit, f), file=file)


def format_stack(f=None, limit=None):
    """The call stack (from frame *f*) as a list of strings."""
    return format_list(_current_stack(limit, f))


def extract_stack(f=None, limit=None):
    """A StackSummary of the call stack (from frame *f*)."""
    return _current_stack(limit, f)


def _stack_limit(frames, limit):
    # frames: outermost first.  A positive limit keeps the innermost entries,
    # a negative one the outermost.
    if limit is None:
        limit = getattr(sys, 'tracebacklimit', None)
        if limit is not None and limit < 0:
            limit = 0
    if limit is None:
        return frames
    if limit >= 0:
        return frames[len(frames) - limit:] if limit else []
    return frames[:-limit]


def _current_stack(limit, f=None):
    if f is not None:
        chain = []
        while f is not None:
            chain.append(f)
            f = f.f_back
        summary = StackSummary()
        for fr in _stack_limit(chain[::-1], limit):
            summary.append(FrameSummary(fr.f_code.co_filename, fr.f_lineno,
                                        fr.f_code.co_name))
        return summary
    # Leave out the innermost entry (the public function called by the user).
    frames = _stack_limit(_traceback.stack()[:-1], limit)
    summary = StackSummary()
    for code, lasti in frames:
        entry = FrameSummary(code.co_filename, _line_of(code, lasti),
                             code.co_name)
        _set_columns(entry, code, lasti)
        summary.append(entry)
    return summary


def _set_columns(entry, code, lasti):
    # End line and UTF-8 byte columns, as CPython's co_positions() gives them.
    pos = _traceback.position(code, lasti)
    if pos is None or pos[0] != entry.lineno:
        return
    line, end_line, col, end_col = pos
    entry.end_lineno = end_line
    import linecache
    first = linecache.getline(entry.filename, line)
    last = first if end_line == line else linecache.getline(entry.filename, end_line)
    entry.colno = len(first[:col].encode('utf-8', 'surrogatepass'))
    entry.end_colno = len(last[:end_col].encode('utf-8', 'surrogatepass'))


def clear_frames(tb):
    """Clear local variables of a traceback's frames (nothing to do here)."""
    return None


def _line_of(code, lasti):
    first = _traceback.format_entry(code, lasti).split('\n', 1)[0]
    _, sep, rest = first.rpartition(', line ')
    if not sep:
        return None
    number = rest.split(',', 1)[0]
    return int(number) if number.isdigit() else None


def walk_stack(f):
    """Yield (frame, line number) for frame *f* and each frame below it
    (None: four frames out from this generator's, as CPython counts)."""
    if f is None:
        f = sys._getframe().f_back.f_back.f_back.f_back
    while f is not None:
        yield f, f.f_lineno
        f = f.f_back


def walk_tb(tb):
    """Yield (frame, line number) for each level of traceback *tb*."""
    while tb is not None:
        yield tb.tb_frame, tb.tb_lineno
        tb = tb.tb_next


# -- FrameSummary / StackSummary -------------------------------------------

class FrameSummary:
    """One frame of a traceback or stack."""

    __slots__ = ('filename', 'lineno', 'end_lineno', 'colno', 'end_colno',
                 'name', '_line', 'locals', '_formatted')

    def __init__(self, filename, lineno, name, *, lookup_line=True,
                 locals=None, line=None,
                 end_lineno=None, colno=None, end_colno=None):
        self.filename, self.lineno, self.name = filename, lineno, name
        self.end_lineno, self.colno, self.end_colno = end_lineno, colno, end_colno
        self._line = line
        self._formatted = None
        self.locals = None
        if locals:
            self.locals = {key: repr(val) for key, val in locals.items()}
        if lookup_line:
            self.line

    @classmethod
    def _from_code(cls, code, lasti, lineno=None):
        if lineno is None:
            lineno = _line_of(code, lasti)
        entry = cls(code.co_filename, lineno, code.co_name, lookup_line=False)
        _set_columns(entry, code, lasti)
        # The interpreter's own rendering (with caret lines) of linecache's text.
        import linecache
        lines = linecache.getlines(code.co_filename)
        entry._formatted = _module_layout(
            _traceback.format_entry(code, lasti, lines), entry)
        return entry

    def _as_tuple(self):
        return (self.filename, self.lineno, self.name, self.line)

    def __eq__(self, other):
        if isinstance(other, tuple):
            return self._as_tuple() == other
        if not isinstance(other, FrameSummary):
            return NotImplemented
        mine = (self.filename, self.lineno, self.name, self.locals)
        return mine == (other.filename, other.lineno, other.name, other.locals)

    def __getitem__(self, pos):
        return self._as_tuple()[pos]

    def __iter__(self):
        return iter(self._as_tuple())

    def __len__(self):
        return 4

    def __repr__(self):
        return f"<FrameSummary file {self.filename}, line {self.lineno} in {self.name}>"

    @property
    def _original_line(self):
        self.line
        return self._line

    @property
    def line(self):
        if self._line is None:
            if self.lineno is None:
                return None
            import linecache
            self._line = linecache.getline(self.filename, self.lineno)
        return self._line.strip()


def _group_text(group, width, depth, chain=True, limit=None):
    # The interpreter's rendering of a group without its own cause/context
    # (format() has already walked the chain); without chain, its members
    # show none either.
    saved = group.__cause__, group.__context__, group.__suppress_context__
    group.__cause__ = group.__context__ = None
    try:
        return _traceback.format_exception(group, width, depth, chain, limit)
    finally:
        group.__cause__, group.__context__ = saved[:2]
        group.__suppress_context__ = saved[2]


def _binop_carets(line, carets):
    # This module places a binary operator's carets by re-parsing the
    # segment; its scan past blanks after the operator indexes the text with
    # a UTF-8 byte offset, which shifts them on lines with non-ASCII text.
    start = len(carets) - len(carets.lstrip())
    seg = line[start:len(carets)]
    try:
        import ast
        body = ast.parse(seg).body
    except Exception:
        return carets
    if len(body) != 1 or not isinstance(body[0], ast.Expr) \
            or not isinstance(body[0].value, ast.BinOp):
        return carets
    expr = body[0].value
    chars = lambda off: len(seg.encode()[:off].decode(errors='replace'))
    op = seg[chars(expr.left.end_col_offset):chars(expr.right.col_offset)]
    skip = len(op) - len(op.lstrip())
    left = expr.left.end_col_offset + skip
    right = left + (2 if skip + 1 < len(op) and not op[skip + 1].isspace() else 1)
    while left < len(seg) and (seg[left].isspace() or seg[left] in ')#'):
        left += 1
        right += 1
    left, right = chars(left), chars(right)
    return carets[:start] + '~' * left + '^' * (right - left) + '~' * (len(seg) - right)


def _module_layout(text, fs):
    # This module (unlike the interpreter) strips the source line at both
    # ends and measures the caret indent against the raw line, trailing
    # whitespace and newline included.
    rows = text.split('\n')
    if len(rows) < 3 or not rows[1]:
        return text
    orig = fs._original_line or ''
    tail = len(orig) - len(orig.rstrip())
    rows[1] = rows[1].rstrip()
    if '~' in rows[2] and not rows[1].isascii():
        rows[2] = _binop_carets(rows[1], rows[2])
    carets = rows[2]
    if tail != 1 and carets.strip() and not carets.strip().strip('^~'):
        pad = len(carets) - len(carets.lstrip()) - 4
        rows[2] = '    ' + ' ' * (pad + 1 - tail) + carets.lstrip()
    return '\n'.join(rows)


def _repeat_note(extra):
    plural = "s" if extra > 1 else ""
    return f'  [Previous line repeated {extra} more time{plural}]\n'


class StackSummary(list):
    """A list of FrameSummary objects."""

    @classmethod
    def extract(klass, frame_gen, *, limit=None, lookup_lines=True,
                capture_locals=False):
        """Build from an iterable of (frame, line number) pairs."""
        summary = klass()
        if limit is None:
            limit = getattr(sys, 'tracebacklimit', None)
            if limit is not None and limit < 0:
                limit = 0
        if limit is not None:
            import itertools
            if limit >= 0:
                frame_gen = itertools.islice(frame_gen, limit)
            else:
                frame_gen = list(frame_gen)[limit:]
        for frame, lineno in frame_gen:
            if frame is None:
                continue
            code = frame.f_code
            summary.append(FrameSummary(code.co_filename, lineno, code.co_name,
                                        lookup_line=lookup_lines))
        return summary

    @classmethod
    def _extract_from_tb(klass, tb, limit=None):
        if limit is None:
            limit = getattr(sys, 'tracebacklimit', None)
            if limit is not None:
                limit = max(limit, 0)
        levels = []
        while tb is not None:
            levels.append((tb._code, tb.tb_lasti, tb.tb_lineno))
            tb = tb.tb_next
        if limit is not None:
            # A negative limit keeps the innermost entries.
            levels = levels[:limit] if limit >= 0 else levels[limit:]
        return klass(FrameSummary._from_code(code, lasti, line)
                     for code, lasti, line in levels)

    @classmethod
    def from_list(klass, a_list):
        """Build from FrameSummary objects or (file, line, name, text) tuples."""
        summary = StackSummary()
        for entry in a_list:
            if not isinstance(entry, FrameSummary):
                filename, lineno, name, line = entry
                entry = FrameSummary(filename, lineno, name, line=line)
            summary.append(entry)
        return summary

    def format_frame_summary(self, frame_summary):
        """The text for one frame (location, source line, locals)."""
        fs = frame_summary
        ready = getattr(fs, '_formatted', None)
        if ready is not None:
            parts = [ready]
        else:
            parts = [f'  File "{fs.filename}", line {fs.lineno}, in {fs.name}\n']
            if fs.line:
                parts.append(f'    {fs.line.strip()}\n')
        for key, val in sorted((fs.locals or {}).items()):
            parts.append(f'    {key} = {val}\n')
        return ''.join(parts)

    def format(self):
        """The stack as a list of strings, with long runs of the same
        frame (recursion) collapsed into a note."""
        lines = []
        previous = None
        run = 0
        for fs in self:
            text = self.format_frame_summary(fs)
            if text is None:
                continue
            where = (fs.filename, fs.lineno, fs.name)
            if where != previous or None in where:
                if run > _RECURSIVE_CUTOFF:
                    lines.append(_repeat_note(run - _RECURSIVE_CUTOFF))
                previous = where
                run = 0
            run += 1
            if run <= _RECURSIVE_CUTOFF:
                lines.append(text)
        if run > _RECURSIVE_CUTOFF:
            lines.append(_repeat_note(run - _RECURSIVE_CUTOFF))
        return lines


# -- TracebackException ------------------------------------------------------

class TracebackException:
    """An exception (with its traceback and chain) captured for rendering."""

    def __init__(self, exc_type, exc_value, exc_traceback, *, limit=None,
                 lookup_lines=True, capture_locals=False, compact=False,
                 max_group_width=15, max_group_depth=10, _seen=None):
        seen = set() if _seen is None else _seen
        seen.add(id(exc_value))
        self.max_group_width, self.max_group_depth = max_group_width, max_group_depth
        if limit is None:
            limit = getattr(sys, 'tracebacklimit', None)
            if limit is not None:
                limit = max(limit, 0)
        self._limit = limit
        self.stack = StackSummary._extract_from_tb(exc_traceback, limit)
        self.exc_type = exc_type
        self._exc_value = exc_value
        self._str = _safe_string(exc_value, 'exception')
        self.__notes__ = getattr(exc_value, '__notes__', None)
        if exc_type is not None and issubclass(exc_type, SyntaxError):
            self._copy_syntax_details(exc_value)
        self.__cause__ = self.__context__ = None
        self.__suppress_context__ = (exc_value.__suppress_context__
                                     if exc_value is not None else False)
        self.exceptions = None
        if exc_value is None:
            return

        def wrap(other):
            return TracebackException(type(other), other, other.__traceback__,
                                      limit=limit, max_group_width=max_group_width,
                                      max_group_depth=max_group_depth, _seen=seen)

        cause = exc_value.__cause__
        if cause is not None and id(cause) not in seen:
            self.__cause__ = wrap(cause)
        context = exc_value.__context__
        skip_context = compact and (self.__cause__ is not None
                                    or self.__suppress_context__)
        if not skip_context and context is not None and id(context) not in seen:
            self.__context__ = wrap(context)
        if isinstance(exc_value, BaseExceptionGroup):
            self.exceptions = [
                TracebackException(type(sub), sub, sub.__traceback__,
                                   limit=limit, _seen=seen)
                for sub in exc_value.exceptions]

    def _copy_syntax_details(self, err):
        self.filename = err.filename
        self.lineno = None if err.lineno is None else str(err.lineno)
        self.end_lineno = None if err.end_lineno is None else str(err.end_lineno)
        self.text = err.text
        self.offset = err.offset
        self.end_offset = err.end_offset
        self.msg = err.msg

    @classmethod
    def from_exception(cls, exc, *args, **kwargs):
        """Capture *exc* (with its own traceback)."""
        return cls(exc.__class__, exc, exc.__traceback__, *args, **kwargs)

    def __eq__(self, other):
        if isinstance(other, TracebackException):
            return vars(self) == vars(other)
        return NotImplemented

    def __str__(self):
        return self._str

    def _type_label(self):
        kind = self.exc_type
        module = kind.__module__
        if module in ("__main__", "builtins"):
            return kind.__qualname__
        if not isinstance(module, str):
            module = "<unknown>"
        return module + '.' + kind.__qualname__

    def format_exception_only(self):
        """Yield the "Type: message" line(s), then any notes."""
        if self.exc_type is None:
            yield _final_line(None, self._str)
            return
        value = self._exc_value
        notes = self.__notes__
        if issubclass(self.exc_type, SyntaxError):
            yield from self._syntax_lines(self._type_label())
        elif isinstance(value, BaseException) and type(value) is self.exc_type:
            # The interpreter renders the message (SyntaxError carets etc.)
            # and the notes; the notes are yielded separately below.
            text = _traceback.format_exception_only(value)
            if isinstance(value, SyntaxError):
                # Location, source line and caret come as separate lines.
                yield from text.splitlines(keepends=True)
            else:
                yield text
        else:
            yield _final_line(self._type_label(), self._str)
        from _collections_abc import Sequence
        if isinstance(notes, Sequence):
            for note in notes:
                note = _safe_string(note, 'note')
                yield from [part + '\n' for part in note.split('\n')]
        elif notes is not None:
            yield _safe_string(notes, '__notes__', func=repr)

    def _syntax_lines(self, label):
        # Where the error is, the source line without its indentation, and
        # a caret run under the offending columns.
        suffix = ''
        if self.lineno is not None:
            yield f'  File "{self.filename or "<string>"}", line {self.lineno}\n'
        elif self.filename is not None:
            suffix = f' ({self.filename})'
        text = self.text
        if text is not None:
            line = text.rstrip('\n')
            body = line.lstrip(' \n\f')
            indent = len(line) - len(body)
            yield f'    {body}\n'
            start = self.offset
            if start is not None:
                stop = self.end_offset
                if stop in (None, 0):
                    stop = start
                if stop == start or stop == -1:
                    stop = start + 1
                first, last = start - 1 - indent, stop - 1 - indent
                if first >= 0:
                    pad = ''.join(c if c.isspace() else ' ' for c in body[:first])
                    yield f'    {pad}{"^" * (last - first)}\n'
        yield f'{label}: {self.msg or "<no detail available>"}{suffix}\n'

    def _chain(self, follow):
        """(header, exception) pairs from the outermost cause to self."""
        pairs = []
        node = self
        while node is not None:
            if not follow:
                pairs.append((None, node))
                break
            if node.__cause__ is not None:
                header, nxt = _CAUSE_HEADER, node.__cause__
            elif node.__context__ is not None and not node.__suppress_context__:
                header, nxt = _CONTEXT_HEADER, node.__context__
            else:
                header, nxt = None, None
            pairs.append((header, node))
            node = nxt
        pairs.reverse()
        return pairs

    def format(self, *, chain=True, _ctx=None):
        """Yield the full report (tracebacks, chain headers, messages)."""
        for header, node in self._chain(chain):
            if header is not None:
                yield header
            if node.exceptions is not None and isinstance(node._exc_value, BaseExceptionGroup):
                yield _group_text(node._exc_value, node.max_group_width,
                                  node.max_group_depth, chain, node._limit)
                continue
            if node.stack:
                yield 'Traceback (most recent call last):\n'
                yield from node.stack.format()
            yield from node.format_exception_only()

    def print(self, *, file=None, chain=True):
        """Write the report to *file* (default sys.stderr)."""
        _write_all(self.format(chain=chain), file)
