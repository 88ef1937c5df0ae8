"""Run the interactive examples found in docstrings and check their output."""

import sys
import re
import io
import os
import traceback

__all__ = ['register_optionflag', 'DONT_ACCEPT_TRUE_FOR_1', 'DONT_ACCEPT_BLANKLINE',
           'NORMALIZE_WHITESPACE', 'ELLIPSIS', 'SKIP', 'IGNORE_EXCEPTION_DETAIL',
           'COMPARISON_FLAGS', 'REPORT_UDIFF', 'REPORT_CDIFF', 'REPORT_NDIFF',
           'REPORT_ONLY_FIRST_FAILURE', 'REPORTING_FLAGS', 'FAIL_FAST', 'Example',
           'DocTest', 'DocTestParser', 'DocTestFinder', 'DocTestRunner', 'OutputChecker',
           'DocTestFailure', 'UnexpectedException', 'DebugRunner', 'testmod', 'testfile',
           'run_docstring_examples', 'DocTestSuite', 'DocFileSuite', 'set_unittest_reportflags',
           'script_from_examples', 'testsource', 'debug_src', 'debug']

def _record(name, fields, module):
    # A small named tuple type (collections.namedtuple costs a large import).
    def __new__(cls, *args, **kwargs):
        if kwargs:
            args += tuple(kwargs[f] for f in fields[len(args):])
        if len(args) != len(fields):
            raise TypeError('%s() takes %d positional arguments' % (name, len(fields)))
        return tuple.__new__(cls, args)

    def __repr__(self):
        return '%s(%s)' % (type(self).__name__,
                           ', '.join('%s=%r' % (f, v) for f, v in zip(fields, self)))

    ns = {'__new__': __new__, '__repr__': __repr__, '__slots__': (), '_fields': fields,
          '__module__': module, '__getnewargs__': lambda self: tuple(self),
          '_asdict': lambda self: dict(zip(fields, self)),
          '_replace': lambda self, **kw: type(self)(*[kw.pop(f, v) for f, v in zip(fields, self)])}
    for i, f in enumerate(fields):
        ns[f] = property(lambda self, i=i: self[i])
    return type(name, (tuple,), ns)


TestResults = _record('TestResults', ('failed', 'attempted'), 'doctest')

OPTIONFLAGS_BY_NAME = {}


def register_optionflag(name):
    return OPTIONFLAGS_BY_NAME.setdefault(name, 1 << len(OPTIONFLAGS_BY_NAME))


DONT_ACCEPT_TRUE_FOR_1 = register_optionflag('DONT_ACCEPT_TRUE_FOR_1')
DONT_ACCEPT_BLANKLINE = register_optionflag('DONT_ACCEPT_BLANKLINE')
NORMALIZE_WHITESPACE = register_optionflag('NORMALIZE_WHITESPACE')
ELLIPSIS = register_optionflag('ELLIPSIS')
SKIP = register_optionflag('SKIP')
IGNORE_EXCEPTION_DETAIL = register_optionflag('IGNORE_EXCEPTION_DETAIL')
COMPARISON_FLAGS = (DONT_ACCEPT_TRUE_FOR_1 | DONT_ACCEPT_BLANKLINE | NORMALIZE_WHITESPACE |
                    ELLIPSIS | SKIP | IGNORE_EXCEPTION_DETAIL)
REPORT_UDIFF = register_optionflag('REPORT_UDIFF')
REPORT_CDIFF = register_optionflag('REPORT_CDIFF')
REPORT_NDIFF = register_optionflag('REPORT_NDIFF')
REPORT_ONLY_FIRST_FAILURE = register_optionflag('REPORT_ONLY_FIRST_FAILURE')
FAIL_FAST = register_optionflag('FAIL_FAST')
REPORTING_FLAGS = (REPORT_UDIFF | REPORT_CDIFF | REPORT_NDIFF | REPORT_ONLY_FIRST_FAILURE |
                   FAIL_FAST)

BLANKLINE_MARKER = '<BLANKLINE>'
ELLIPSIS_MARKER = '...'


def _indent(s, indent=4):
    pad = ' ' * indent
    return re.sub('(?m)^(?!$)', pad, s)


def _exception_traceback(exc_info):
    buf = io.StringIO()
    typ, val, tb = exc_info
    traceback.print_exception(typ, val, tb, file=buf)
    return buf.getvalue()


class _SpoofOut(io.StringIO):
    def getvalue(self):
        s = io.StringIO.getvalue(self)
        if s and not s.endswith('\n'):
            s += '\n'
        return s

    def truncate(self, size=None):
        self.seek(size)
        io.StringIO.truncate(self)


def _ellipsis_match(want, got):
    if ELLIPSIS_MARKER not in want:
        return want == got
    pieces = want.split(ELLIPSIS_MARKER)
    first, last = pieces[0], pieces[-1]
    if not got.startswith(first):
        return False
    start, end = len(first), len(got)
    if last:
        if not got.endswith(last):
            return False
        end -= len(last)
    if start > end:
        return False
    for piece in pieces[1:-1]:
        pos = got.find(piece, start, end)
        if pos < 0:
            return False
        start = pos + len(piece)
    return True


def _comment_line(line):
    line = line.rstrip()
    return '# ' + line if line else '#'


def _strip_exception_details(msg):
    # "pkg.mod.Error: detail" -> "Error"
    end = len(msg)
    i = msg.find('\n')
    if i >= 0:
        end = i
    i = msg.find('(', 0, end)
    if i >= 0:
        end = i
    i = msg.find(':', 0, end)
    if i >= 0:
        end = i
    start = msg.rfind('.', 0, end) + 1
    return msg[start:end].strip()


class Example:
    def __init__(self, source, want, exc_msg=None, lineno=0, indent=0, options=None):
        if not source.endswith('\n'):
            source += '\n'
        if want and not want.endswith('\n'):
            want += '\n'
        if exc_msg is not None and not exc_msg.endswith('\n'):
            exc_msg += '\n'
        self.source = source
        self.want = want
        self.lineno = lineno
        self.indent = indent
        self.options = {} if options is None else options
        self.exc_msg = exc_msg

    def __eq__(self, other):
        if type(self) is not type(other):
            return NotImplemented
        return (self.source == other.source and self.want == other.want and
                self.lineno == other.lineno and self.indent == other.indent and
                self.options == other.options and self.exc_msg == other.exc_msg)

    def __hash__(self):
        return hash((self.source, self.want, self.lineno, self.indent, self.exc_msg))


class DocTest:
    def __init__(self, examples, globs, name, filename, lineno, docstring):
        assert not isinstance(examples, str), "DocTest no longer accepts str; use DocTestParser instead"
        self.examples = examples
        self.docstring = docstring
        self.globs = globs.copy()
        self.name = name
        self.filename = filename
        self.lineno = lineno

    def __repr__(self):
        n = len(self.examples)
        if n == 0:
            examples = 'no examples'
        elif n == 1:
            examples = '1 example'
        else:
            examples = '%d examples' % n
        return '<%s %s from %s:%s (%s)>' % (type(self).__name__, self.name, self.filename,
                                           self.lineno, examples)

    def __eq__(self, other):
        if type(self) is not type(other):
            return NotImplemented
        return (self.examples == other.examples and self.docstring == other.docstring and
                self.globs == other.globs and self.name == other.name and
                self.filename == other.filename and self.lineno == other.lineno)

    def __hash__(self):
        return hash((self.docstring, self.name, self.filename, self.lineno))

    def _key(self):
        return (self.name, self.filename or '', -1 if self.lineno is None else self.lineno,
                id(self))

    def __lt__(self, other):
        if not isinstance(other, DocTest):
            return NotImplemented
        return self._key() < other._key()


_PROMPT = re.compile(r' *>>>')
_MORE = re.compile(r' *\.\.\.')
_BLANK = re.compile(r' *$')
_TB_HEADERS = ('Traceback (most recent call last):', 'Traceback (innermost last):')
_DIRECTIVE = re.compile(r'#\s*doctest:\s*([^\n\'"]*)$', re.MULTILINE)


def _only_comment(source):
    return re.match(r' *(#.*)?$', source) is not None


class DocTestParser:
    """Splits docstring text into Example objects and the text around them."""

    def parse(self, string, name='<string>'):
        text = string.expandtabs()
        margin = self._min_indent(text)
        if margin:
            text = '\n'.join(line[margin:] for line in text.split('\n'))
        lines = [line + '\n' for line in text.split('\n')]
        lines[-1] = lines[-1][:-1]
        if not lines[-1]:
            lines.pop()
        pieces = []
        offset = 0        # character offset of lines[i]
        text_start = 0    # start of the text piece before the next example
        i = 0
        while i < len(lines):
            if not _PROMPT.match(lines[i]):
                offset += len(lines[i])
                i += 1
                continue
            first = i
            start = offset
            i += 1
            while i < len(lines) and _MORE.match(lines[i]):
                i += 1
            source_end = i
            while i < len(lines) and not _BLANK.match(lines[i].rstrip('\n')) \
                    and not _PROMPT.match(lines[i]):
                i += 1
            block = lines[first:i]
            pieces.append(text[text_start:start])
            example = self._example(block, source_end - first, name, first)
            if example is not None:
                pieces.append(example)
            offset = start + sum(len(x) for x in block)
            text_start = offset
        pieces.append(text[text_start:])
        return pieces

    def _example(self, block, nsource, name, lineno):
        indent = len(block[0]) - len(block[0].lstrip(' '))
        src_lines = [l.rstrip('\n') for l in block[:nsource]]
        want_lines = [l.rstrip('\n') for l in block[nsource:]]
        for k, line in enumerate(src_lines):
            if len(line) >= indent + 4 and line[indent + 3] != ' ':
                raise ValueError('line %r of the docstring for %s lacks blank after %s: %r'
                                 % (lineno + k + 1, name, line[indent:indent + 3], line))
        self._same_indent(src_lines[1:], ' ' * indent + '.', name, lineno)
        self._same_indent(want_lines, ' ' * indent, name, lineno + nsource)
        source = '\n'.join(l[indent + 4:] for l in src_lines)
        want = '\n'.join(l[indent:] for l in want_lines)
        if want_lines and block[-1].endswith('\n'):
            want += '\n'
        options = self._options(source, name, lineno)
        if _only_comment(source):
            return None
        return Example(source, want, self._exception_message(want), lineno=lineno,
                       indent=indent + self._margin, options=options)

    def _exception_message(self, want):
        # the expected exception: text from the first unindented line after the header
        lines = [line + '\n' for line in want.split('\n')]
        lines[-1] = lines[-1][:-1]
        if not lines or lines[0].rstrip() not in _TB_HEADERS:
            return None
        for k in range(1, len(lines)):
            if re.match(r'\w', lines[k]):
                return ''.join(lines[k:])
        return None

    def get_doctest(self, string, globs, name, filename, lineno):
        return DocTest(self.get_examples(string, name), globs, name, filename, lineno, string)

    def get_examples(self, string, name='<string>'):
        return [x for x in self.parse(string, name) if isinstance(x, Example)]

    def _options(self, source, name, lineno):
        found = {}
        for m in _DIRECTIVE.finditer(source):
            for word in m.group(1).replace(',', ' ').split():
                flag = OPTIONFLAGS_BY_NAME.get(word[1:])
                if word[:1] not in ('+', '-') or flag is None:
                    raise ValueError('line %r of the doctest for %s has an invalid option: %r'
                                     % (lineno + 1, name, word))
                found[flag] = word[0] == '+'
        if found and _only_comment(source):
            raise ValueError('line %r of the doctest for %s has an option directive on a '
                             'line with no example: %r' % (lineno, name, source))
        return found

    def _min_indent(self, text):
        widths = [len(m.group(1)) for m in re.finditer(r'(?m)^( *)(?=\S)', text)]
        self._margin = min(widths) if widths else 0
        return self._margin

    def _same_indent(self, lines, prefix, name, lineno):
        for k, line in enumerate(lines):
            if line and not line.startswith(prefix):
                raise ValueError('line %r of the docstring for %s has inconsistent '
                                 'leading whitespace: %r' % (lineno + k + 1, name, line))


def _module_of(obj):
    modname = getattr(obj, '__module__', None)
    if isinstance(modname, str):
        return sys.modules.get(modname)
    return None


def _isroutine(obj):
    return callable(obj) and (hasattr(obj, '__code__') or type(obj).__name__ in (
        'builtin_function_or_method', 'method_descriptor', 'wrapper_descriptor',
        'classmethod_descriptor', 'method'))


_DOCSTRING_START = re.compile(r'(^|.*:)\s*\w*("|\')')


def _unwrapped(obj):
    while hasattr(obj, '__wrapped__'):
        obj = obj.__wrapped__
    return obj


def _docstring(obj):
    if isinstance(obj, str):
        return obj
    try:
        # a module's own __doc__ (the module type's attribute lookup is not relied on)
        doc = obj.__dict__.get('__doc__') if type(obj) is type(sys) else obj.__doc__
    except (TypeError, AttributeError):
        return ''
    if doc is None:
        return ''
    return doc if isinstance(doc, str) else str(doc)


class DocTestFinder:
    """Collects the DocTests of an object and (recursively) of what it contains."""

    def __init__(self, verbose=False, parser=DocTestParser(), recurse=True, exclude_empty=True):
        self._parser = parser
        self._verbose = verbose
        self._recurse = recurse
        self._exclude_empty = exclude_empty

    def find(self, obj, name=None, module=None, globs=None, extraglobs=None):
        if name is None:
            name = getattr(obj, '__name__', None)
            if name is None:
                raise ValueError("DocTestFinder.find: name must be given when obj.__name__ "
                                 "doesn't exist: %r" % (type(obj),))
        if module is False:
            module = None
        elif module is None:
            module = obj if type(obj) is type(sys) else _module_of(obj)
        lines = None
        source = getattr(module, '__file__', None) if module is not None else None
        if source:
            import linecache
            lines = linecache.getlines(source, module.__dict__) or None
        namespace = dict(module.__dict__ if globs is None and module is not None else
                         globs or {})
        namespace.update(extraglobs or {})
        namespace.setdefault('__name__', '__main__')
        found = []
        self._visit(found, obj, name, module, lines, namespace, set())
        return sorted(found)

    def _owned(self, module, obj):
        # is obj defined in module (and so to be searched)?
        if module is None:
            return True
        modname = getattr(obj, '__module__', None)
        if isinstance(modname, str) and modname in sys.modules:
            return module is sys.modules[modname]
        if hasattr(obj, '__globals__'):
            return module.__dict__ is obj.__globals__
        if isinstance(obj, type):
            return module.__name__ == obj.__module__
        if isinstance(obj, property):
            return True
        owner = getattr(obj, '__objclass__', None)
        if owner is not None:
            return module.__name__ == getattr(owner, '__module__', None)
        if hasattr(obj, '__module__'):
            return module.__name__ == obj.__module__
        raise ValueError('object must be a class or function')

    def _visit(self, found, obj, name, module, lines, namespace, visited):
        if self._verbose:
            print('Finding tests in %s' % name)
        if id(obj) in visited:
            return
        visited.add(id(obj))
        test = self._get_test(obj, name, module, namespace, lines)
        if test is not None:
            found.append(test)
        if not self._recurse:
            return
        for child_name, child in self._children(obj, name, module):
            self._visit(found, child, child_name, module, lines, namespace, visited)

    def _children(self, obj, name, module):
        # (qualified name, object) of what a module or class holds that has doctests
        if type(obj) is type(sys):
            for key, value in list(obj.__dict__.items()):
                if ((_isroutine(_unwrapped(value)) or isinstance(value, type)) and
                        self._owned(module, value)):
                    yield '%s.%s' % (name, key), value
            for key, value in getattr(obj, '__test__', {}).items():
                if not isinstance(key, str):
                    raise ValueError('DocTestFinder.find: __test__ keys must be strings: %r'
                                     % (type(key),))
                if not (isinstance(value, (str, type)) or _isroutine(value) or
                        type(value) is type(sys)):
                    raise ValueError('DocTestFinder.find: __test__ values must be strings, '
                                     'functions, methods, classes, or modules: %r'
                                     % (type(value),))
                yield '%s.__test__.%s' % (name, key), value
        if isinstance(obj, type):
            for key, value in list(obj.__dict__.items()):
                if isinstance(value, (staticmethod, classmethod)):
                    value = value.__func__
                if ((_isroutine(value) or isinstance(value, (type, property))) and
                        self._owned(module, value)):
                    yield '%s.%s' % (name, key), value

    def _get_test(self, obj, name, module, globs, source_lines):
        text = _docstring(obj)
        if self._exclude_empty and not text:
            return None
        filename = None
        if module is not None:
            filename = getattr(module, '__file__', None) or module.__name__
            if filename.endswith('.pyc'):
                filename = filename[:-1]
        return self._parser.get_doctest(text, globs, name, filename,
                                        self._find_lineno(obj, source_lines))

    def _find_lineno(self, obj, source_lines):
        # 0-based line of the docstring's first line in the module source
        start = None
        if type(obj) is type(sys):
            start = 0
        elif isinstance(obj, type):
            if source_lines is None:
                return None
            header = re.compile(r'^\s*class\s*%s\b' % re.escape(getattr(obj, '__name__', '-')))
            start = next((k for k, line in enumerate(source_lines) if header.match(line)), None)
        else:
            code = getattr(obj, '__func__', obj)
            if hasattr(code, '__code__'):
                code = getattr(_unwrapped(code), '__code__', code.__code__)
            first = getattr(code, 'co_firstlineno', None)
            if isinstance(first, int):
                start = first - 1
        if start is None:
            return None
        if source_lines is None:
            return start + 1
        return next((k for k in range(start, len(source_lines))
                     if _DOCSTRING_START.match(source_lines[k])), None)


class OutputChecker:
    """Decides whether actual output matches the expected output, and describes how not."""

    def _toAscii(self, s):
        return str(s.encode('ASCII', 'backslashreplace'), 'ASCII')

    def check_output(self, want, got, optionflags):
        if want == got:
            return True
        flags = optionflags
        if not flags & DONT_ACCEPT_TRUE_FOR_1 and \
                {('True\n', '1\n'), ('False\n', '0\n')} & {(got, want)}:
            return True
        if not flags & DONT_ACCEPT_BLANKLINE:
            # <BLANKLINE> stands for an empty line; lines of blanks count as empty
            want = re.sub(r'(?m)^%s\s*?$' % re.escape(BLANKLINE_MARKER), '', want)
            got = re.sub(r'(?m)^[^\S\n]+$', '', got)
            if want == got:
                return True
        if flags & NORMALIZE_WHITESPACE:
            want, got = ' '.join(want.split()), ' '.join(got.split())
            if want == got:
                return True
        return bool(flags & ELLIPSIS) and _ellipsis_match(want, got)

    def _do_a_fancy_diff(self, want, got, optionflags):
        if optionflags & REPORT_NDIFF:
            return True
        if not optionflags & (REPORT_UDIFF | REPORT_CDIFF):
            return False
        # a diff of one or two lines says no more than the two texts
        return min(want.count('\n'), got.count('\n')) > 2

    def output_difference(self, example, got, optionflags):
        want = example.want
        if not optionflags & DONT_ACCEPT_BLANKLINE:
            got = re.sub('(?m)^[ ]*(?=\n)', BLANKLINE_MARKER, got)
        if self._do_a_fancy_diff(want, got, optionflags):
            import difflib
            old, new = want.splitlines(True), got.splitlines(True)
            if optionflags & REPORT_UDIFF:
                how = 'unified diff with -expected +actual'
                lines = list(difflib.unified_diff(old, new, n=2))[2:]
            elif optionflags & REPORT_CDIFF:
                how = 'context diff with expected followed by actual'
                lines = list(difflib.context_diff(old, new, n=2))[2:]
            else:
                how = 'ndiff with -expected +actual'
                lines = list(difflib.Differ(charjunk=difflib.IS_CHARACTER_JUNK)
                             .compare(old, new))
            body = ''.join(line.rstrip() + '\n' for line in lines)
            return 'Differences (%s):\n' % how + _indent(body)
        expected = 'Expected:\n' + _indent(want) if want else 'Expected nothing\n'
        actual = 'Got:\n' + _indent(got) if got else 'Got nothing\n'
        return expected + actual


class DocTestFailure(Exception):
    def __init__(self, test, example, got):
        self.test = test
        self.example = example
        self.got = got

    def __str__(self):
        return str(self.test)


class UnexpectedException(Exception):
    def __init__(self, test, example, exc_info):
        self.test = test
        self.example = example
        self.exc_info = exc_info

    def __str__(self):
        return str(self.test)


_EXAMPLE_FILE = re.compile(r'<doctest (?P<name>.+)\[(?P<examplenum>\d+)\]>$')


class DocTestRunner:
    """Runs the examples of DocTests, reports failures and keeps a tally per test name."""
    DIVIDER = '*' * 70

    def __init__(self, checker=None, verbose=None, optionflags=0):
        self._checker = checker or OutputChecker()
        self._verbose = ('-v' in sys.argv) if verbose is None else verbose
        self.optionflags = self.original_optionflags = optionflags
        self.tries = self.failures = 0
        self._tally = {}   # test name -> [failures, tries]
        self._fakeout = _SpoofOut()

    # -- reporting (subclasses may change these) --

    def report_start(self, out, test, example):
        if not self._verbose:
            return
        expecting = ('Expecting:\n' + _indent(example.want) if example.want
                     else 'Expecting nothing\n')
        out('Trying:\n' + _indent(example.source) + expecting)

    def report_success(self, out, test, example, got):
        if self._verbose:
            out('ok\n')

    def report_failure(self, out, test, example, got):
        out(self._failure_header(test, example) +
            self._checker.output_difference(example, got, self.optionflags))

    def report_unexpected_exception(self, out, test, example, exc_info):
        out(self._failure_header(test, example) + 'Exception raised:\n' +
            _indent(_exception_traceback(exc_info)))

    def _failure_header(self, test, example):
        if test.filename:
            known = test.lineno is not None and example.lineno is not None
            where = 'File "%s", line %s, in %s' % (
                test.filename, test.lineno + example.lineno + 1 if known else '?', test.name)
        else:
            where = 'Line %s, in %s' % (example.lineno + 1, test.name)
        return '\n'.join([self.DIVIDER, where, 'Failed example:', _indent(example.source)])

    # -- running --

    def _flags_for(self, example, base):
        flags = base
        for flag, on in example.options.items():
            flags = flags | flag if on else flags & ~flag
        return flags

    def _execute(self, test, number, example):
        # -> (printed output, exc_info or None)
        try:
            exec(compile(example.source, '<doctest %s[%d]>' % (test.name, number), 'single'),
                 test.globs)
            self.debugger_hook()
            raised = None
        except KeyboardInterrupt:
            raise
        except BaseException:
            raised = sys.exc_info()
        printed = self._fakeout.getvalue()
        self._fakeout.truncate(0)
        return printed, raised

    def _verdict(self, example, got, raised):
        # 'ok', 'wrong' (output or exception differs) or 'boom' (unexpected exception)
        check = self._checker.check_output
        if raised is None:
            return 'ok' if check(example.want, got, self.optionflags) else 'wrong'
        if example.exc_msg is None:
            return 'boom'
        actual = traceback.format_exception_only(raised[0], raised[1])[-1]
        if check(example.exc_msg, actual, self.optionflags):
            return 'ok'
        if self.optionflags & IGNORE_EXCEPTION_DETAIL and check(
                _strip_exception_details(example.exc_msg),
                _strip_exception_details(actual), self.optionflags):
            return 'ok'
        return 'wrong'

    def _run_examples(self, test, compileflags, out):
        base = self.optionflags
        failed = tried = 0
        for number, example in enumerate(test.examples):
            # (the flags still in force are those of the previous example)
            silent = bool(self.optionflags & REPORT_ONLY_FIRST_FAILURE) and failed > 0
            self.optionflags = self._flags_for(example, base)
            if self.optionflags & SKIP:
                continue
            tried += 1
            if not silent:
                self.report_start(out, test, example)
            got, raised = self._execute(test, number, example)
            if raised is not None and not silent:
                got += _exception_traceback(raised)
            verdict = self._verdict(example, got, raised)
            if verdict != 'ok':
                failed += 1
            if not silent:
                if verdict == 'ok':
                    self.report_success(out, test, example, got)
                elif verdict == 'wrong':
                    self.report_failure(out, test, example, got)
                else:
                    self.report_unexpected_exception(out, test, example, raised)
            if failed and self.optionflags & FAIL_FAST:
                break
        self.optionflags = base
        self._record(test.name, failed, tried)
        return TestResults(failed, tried)

    def debugger_hook(self):
        pass

    def _record(self, name, failed, tried):
        counts = self._tally.setdefault(name, [0, 0])
        counts[0] += failed
        counts[1] += tried

    def run(self, test, compileflags=None, out=None, clear_globs=True):
        self.test = test
        real_stdout = sys.stdout
        if out is None:
            encoding = getattr(real_stdout, 'encoding', None) or 'utf-8'
            if encoding.lower() == 'utf-8':
                out = real_stdout.write
            else:
                def out(text):
                    real_stdout.write(str(text.encode(encoding, 'backslashreplace'),
                                          encoding))
        import linecache
        real_getlines = linecache.getlines

        def getlines(filename, module_globals=None):
            # tracebacks of examples show the example's source
            m = _EXAMPLE_FILE.match(filename)
            if m and m.group('name') == test.name:
                return test.examples[int(m.group('examplenum'))].source.splitlines(True)
            return real_getlines(filename, module_globals)
        real_hook = sys.displayhook
        linecache.getlines = getlines
        sys.displayhook = getattr(sys, '__displayhook__', real_hook)
        sys.stdout = self._fakeout
        try:
            result = self._run_examples(test, compileflags, out)
            self.failures += result.failed
            self.tries += result.attempted
            return result
        finally:
            sys.stdout = real_stdout
            sys.displayhook = real_hook
            linecache.getlines = real_getlines
            if clear_globs:
                test.globs.clear()
                import builtins
                builtins._ = None

    def summarize(self, verbose=None):
        verbose = self._verbose if verbose is None else verbose
        empty = sorted(n for n, (f, t) in self._tally.items() if t == 0)
        clean = sorted((n, t) for n, (f, t) in self._tally.items() if t and not f)
        broken = sorted((n, f, t) for n, (f, t) in self._tally.items() if f)
        all_tries = sum(t for f, t in self._tally.values())
        all_fails = sum(f for f, t in self._tally.values())
        if verbose:
            if empty:
                print(len(empty), 'items had no tests:')
                for n in empty:
                    print('   ', n)
            if clean:
                print(len(clean), 'items passed all tests:')
                for n, t in clean:
                    print(' %3d tests in %s' % (t, n))
        if broken:
            print(self.DIVIDER)
            print(len(broken), 'items had failures:')
            for n, f, t in broken:
                print(' %3d of %3d in %s' % (f, t, n))
        if verbose:
            print(all_tries, 'tests in', len(self._tally), 'items.')
            print(all_tries - all_fails, 'passed and', all_fails, 'failed.')
        if all_fails:
            print('***Test Failed***', all_fails, 'failures.')
        elif verbose:
            print('Test passed.')
        return TestResults(all_fails, all_tries)

    def merge(self, other):
        for name, (f, t) in other._tally.items():
            self._record(name, f, t)


class DebugRunner(DocTestRunner):
    def run(self, test, compileflags=None, out=None, clear_globs=True):
        r = DocTestRunner.run(self, test, compileflags, out, False)
        if clear_globs:
            test.globs.clear()
        return r

    def report_unexpected_exception(self, out, test, example, exc_info):
        raise UnexpectedException(test, example, exc_info)

    def report_failure(self, out, test, example, got):
        raise DocTestFailure(test, example, got)


master = None


def _finish(runner, report):
    global master
    if report:
        runner.summarize()
    if master is None:
        master = runner
    else:
        master.merge(runner)
    return TestResults(runner.failures, runner.tries)


def testmod(m=None, name=None, globs=None, verbose=None, report=True, optionflags=0,
            extraglobs=None, raise_on_error=False, exclude_empty=False):
    if m is None:
        m = sys.modules.get('__main__')
    if type(m) is not type(sys):
        raise TypeError('testmod: module required; %r' % (m,))
    if name is None:
        name = m.__name__
    finder = DocTestFinder(exclude_empty=exclude_empty)
    cls = DebugRunner if raise_on_error else DocTestRunner
    runner = cls(verbose=verbose, optionflags=optionflags)
    for test in finder.find(m, name, globs=globs, extraglobs=extraglobs):
        runner.run(test)
    return _finish(runner, report)


def _caller_dir(depth):
    g = sys._getframe(depth).f_globals
    f = g.get('__file__')
    if f:
        return os.path.split(f)[0]
    if g.get('__name__') == '__main__' and sys.argv and sys.argv[0]:
        return os.path.split(sys.argv[0])[0]
    return os.curdir


def _load_testfile(filename, package, module_relative, encoding, depth=3):
    if module_relative:
        if os.path.isabs(filename):
            raise ValueError('Module-relative files may not have absolute paths')
        filename = os.path.join(*filename.split('/'))
        if package is not None:
            if isinstance(package, str):
                __import__(package)
                package = sys.modules[package]
            base = os.path.dirname(getattr(package, '__file__', '') or '') or os.curdir
        else:
            base = _caller_dir(depth)
        filename = os.path.join(base, filename)
    with open(filename, encoding=encoding or 'utf-8') as f:
        return f.read(), filename


def testfile(filename, module_relative=True, name=None, package=None, globs=None,
             verbose=None, report=True, optionflags=0, extraglobs=None, raise_on_error=False,
             parser=DocTestParser(), encoding=None):
    if package and not module_relative:
        raise ValueError('Package may only be specified for module-relative paths.')
    text, filename = _load_testfile(filename, package, module_relative, encoding)
    if name is None:
        name = os.path.basename(filename)
    globs = {} if globs is None else globs.copy()
    if extraglobs is not None:
        globs.update(extraglobs)
    if '__name__' not in globs:
        globs['__name__'] = '__main__'
    cls = DebugRunner if raise_on_error else DocTestRunner
    runner = cls(verbose=verbose, optionflags=optionflags)
    test = parser.get_doctest(text, globs, name, filename, 0)
    runner.run(test)
    return _finish(runner, report)


def run_docstring_examples(f, globs, verbose=False, name='NoName', compileflags=None,
                           optionflags=0):
    finder = DocTestFinder(verbose=verbose, recurse=False)
    runner = DocTestRunner(verbose=verbose, optionflags=optionflags)
    for test in finder.find(f, name, globs=globs):
        runner.run(test, compileflags=compileflags)


def script_from_examples(s):
    output = []
    for piece in DocTestParser().parse(s):
        if isinstance(piece, Example):
            output.append(piece.source[:-1])
            want = piece.want
            if want:
                output.append('# Expected:')
                output += ['## ' + l for l in want.split('\n')[:-1]]
        else:
            output += [_comment_line(l) for l in piece.split('\n')[:-1]]
    while output and output[-1] == '#':
        output.pop()
    while output and output[0] == '#':
        output.pop(0)
    return '\n'.join(output) + '\n'


def testsource(module, name):
    if isinstance(module, str):
        __import__(module)
        module = sys.modules[module]
    tests = [t for t in DocTestFinder().find(module) if t.name == name]
    if not tests:
        raise ValueError(name, 'not found in tests')
    return script_from_examples(tests[0].docstring)


def debug_src(src, pm=False, globs=None):
    raise NotImplementedError('doctest.debug_src needs pdb, which is not available')


def debug(module, name, pm=False):
    raise NotImplementedError('doctest.debug needs pdb, which is not available')


_unittest_reportflags = 0


def set_unittest_reportflags(flags):
    global _unittest_reportflags
    if (flags & REPORTING_FLAGS) != flags:
        raise ValueError('Only reporting flags allowed', flags)
    old = _unittest_reportflags
    _unittest_reportflags = flags
    return old


def _make_case_class():
    import unittest

    class DocTestCase(unittest.TestCase):
        def __init__(self, test, optionflags=0, setUp=None, tearDown=None, checker=None):
            unittest.TestCase.__init__(self)
            self._dt_optionflags = optionflags
            self._dt_checker = checker
            self._dt_test = test
            self._dt_globs = test.globs.copy()
            self._dt_setUp = setUp
            self._dt_tearDown = tearDown

        def setUp(self):
            if self._dt_setUp is not None:
                self._dt_setUp(self._dt_test)

        def tearDown(self):
            if self._dt_tearDown is not None:
                self._dt_tearDown(self._dt_test)
            self._dt_test.globs.clear()
            self._dt_test.globs.update(self._dt_globs)

        def runTest(self):
            test = self._dt_test
            buf = io.StringIO()
            flags = self._dt_optionflags
            if not flags & REPORTING_FLAGS:
                flags |= _unittest_reportflags
            runner = DocTestRunner(optionflags=flags, checker=self._dt_checker, verbose=False)
            res = runner.run(test, out=buf.write, clear_globs=False)
            if res.failed:
                raise self.failureException(self.format_failure(buf.getvalue()))

        def format_failure(self, err):
            test = self._dt_test
            lineno = 'unknown line number' if test.lineno is None else '%s' % test.lineno
            lname = '.'.join(test.name.split('.')[-1:])
            return ('Failed doctest test for %s\n  File "%s", line %s, in %s\n\n%s'
                    % (test.name, test.filename, lineno, lname, err))

        def id(self):
            return self._dt_test.name

        def __eq__(self, other):
            if type(self) is not type(other):
                return NotImplemented
            return self._dt_test == other._dt_test

        def __hash__(self):
            return hash(self._dt_test)

        def __repr__(self):
            name = self._dt_test.name.split('.')
            return '%s (%s)' % (name[-1], '.'.join(name[:-1]))

        __str__ = __repr__

        def shortDescription(self):
            return 'Doctest: ' + self._dt_test.name

    class DocFileCase(DocTestCase):
        def id(self):
            return '_'.join(self._dt_test.name.split('.'))

        def __repr__(self):
            return self._dt_test.filename

        def format_failure(self, err):
            return ('Failed doctest test for %s\n  File "%s", line 0\n\n%s'
                    % (self._dt_test.name, self._dt_test.filename, err))

    return DocTestCase, DocFileCase


def DocTestSuite(module=None, globs=None, extraglobs=None, test_finder=None, **options):
    import unittest
    DocTestCase, _ = _make_case_class()
    if test_finder is None:
        test_finder = DocTestFinder()
    if module is None:
        module = sys.modules[sys._getframe(1).f_globals['__name__']]
    elif isinstance(module, str):
        __import__(module)
        module = sys.modules[module]
    tests = test_finder.find(module, globs=globs, extraglobs=extraglobs)
    suite = unittest.TestSuite()
    for test in tests:
        if len(test.examples) == 0:
            continue
        if not test.filename:
            filename = getattr(module, '__file__', None)
            if filename and filename[-4:] == '.pyc':
                filename = filename[:-1]
            test.filename = filename
        suite.addTest(DocTestCase(test, **options))
    return suite


def DocFileSuite(*paths, **kw):
    import unittest
    _, DocFileCase = _make_case_class()
    suite = unittest.TestSuite()
    if kw.get('module_relative', True):
        kw['package'] = kw.get('package')
    for path in paths:
        module_relative = kw.pop('module_relative', True)
        package = kw.pop('package', None)
        globs = kw.pop('globs', None)
        parser = kw.pop('parser', DocTestParser())
        encoding = kw.pop('encoding', None)
        text, filename = _load_testfile(path, package, module_relative, encoding)
        globs = {} if globs is None else globs.copy()
        if '__file__' not in globs:
            globs['__file__'] = filename
        name = os.path.basename(filename)
        test = parser.get_doctest(text, globs, name, filename, 0)
        suite.addTest(DocFileCase(test, **kw))
        kw.update(module_relative=module_relative, package=package, parser=parser,
                  encoding=encoding)
    return suite


def _test():
    import argparse
    p = argparse.ArgumentParser(description='doctest runner')
    p.add_argument('-v', '--verbose', action='store_true', default=False)
    p.add_argument('-o', '--option', action='append', choices=OPTIONFLAGS_BY_NAME.keys(),
                   default=[])
    p.add_argument('-f', '--fail-fast', action='store_true')
    p.add_argument('file', nargs='+')
    args = p.parse_args()
    flags = 0
    for o in args.option:
        flags |= OPTIONFLAGS_BY_NAME[o]
    if args.fail_fast:
        flags |= FAIL_FAST
    for filename in args.file:
        if filename.endswith('.py'):
            dirname, base = os.path.split(filename)
            sys.path.insert(0, dirname)
            m = __import__(base[:-3])
            del sys.path[0]
            failures, _ = testmod(m, verbose=args.verbose, optionflags=flags)
        else:
            failures, _ = testfile(filename, module_relative=False, verbose=args.verbose,
                                   optionflags=flags)
        if failures:
            return 1
    return 0


if __name__ == '__main__':
    sys.exit(_test())
