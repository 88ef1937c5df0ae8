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


class DocTestFinder:
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
        source_lines = None
        if module is not None:
            fname = getattr(module, '__file__', None)
            if fname:
                import linecache
                source_lines = linecache.getlines(fname, module.__dict__) or None
        if globs is None:
            globs = {} if module is None else module.__dict__.copy()
        else:
            globs = globs.copy()
        if extraglobs is not None:
            globs.update(extraglobs)
        if '__name__' not in globs:
            globs['__name__'] = '__main__'
        tests = []
        self._find(tests, obj, name, module, source_lines, globs, {})
        tests.sort()
        return tests

    def _from_module(self, module, obj):
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
        objcls = getattr(obj, '__objclass__', None)
        if objcls is not None:
            return module.__name__ == getattr(objcls, '__module__', None)
        if hasattr(obj, '__module__'):
            return module.__name__ == obj.__module__
        raise ValueError('object must be a class or function')

    def _find(self, tests, obj, name, module, source_lines, globs, seen):
        if self._verbose:
            print('Finding tests in %s' % name)
        if id(obj) in seen:
            return
        seen[id(obj)] = 1
        test = self._get_test(obj, name, module, globs, source_lines)
        if test is not None:
            tests.append(test)
        if not self._recurse:
            return
        is_module = type(obj) is type(sys)
        if is_module:
            for valname, val in list(obj.__dict__.items()):
                valname = '%s.%s' % (name, valname)
                inner = val
                while hasattr(inner, '__wrapped__'):
                    inner = inner.__wrapped__
                if ((_isroutine(inner) or isinstance(val, type)) and
                        self._from_module(module, val)):
                    self._find(tests, val, valname, module, source_lines, globs, seen)
            for valname, val in getattr(obj, '__test__', {}).items():
                if not isinstance(valname, str):
                    raise ValueError('DocTestFinder.find: __test__ keys must be strings: %r'
                                     % (type(valname),))
                if not (isinstance(val, (str, type)) or _isroutine(val) or
                        type(val) is type(sys)):
                    raise ValueError('DocTestFinder.find: __test__ values must be strings, '
                                     'functions, methods, classes, or modules: %r'
                                     % (type(val),))
                valname = '%s.__test__.%s' % (name, valname)
                self._find(tests, val, valname, module, source_lines, globs, seen)
        if isinstance(obj, type):
            for valname, val in list(obj.__dict__.items()):
                if isinstance(val, (staticmethod, classmethod)):
                    val = val.__func__
                if ((_isroutine(val) or isinstance(val, type) or isinstance(val, property))
                        and self._from_module(module, val)):
                    valname = '%s.%s' % (name, valname)
                    self._find(tests, val, valname, module, source_lines, globs, seen)

    def _get_test(self, obj, name, module, globs, source_lines):
        if isinstance(obj, str):
            docstring = obj
        else:
            try:
                if type(obj) is type(sys):
                    docstring = obj.__dict__.get('__doc__')
                else:
                    docstring = obj.__doc__
                if docstring is None:
                    docstring = ''
                elif not isinstance(docstring, str):
                    docstring = str(docstring)
            except (TypeError, AttributeError):
                docstring = ''
        if self._exclude_empty and not docstring:
            return None
        lineno = self._find_lineno(obj, source_lines)
        if module is None:
            filename = None
        else:
            filename = getattr(module, '__file__', None) or module.__name__
            if filename[-4:] == '.pyc':
                filename = filename[:-1]
        return self._parser.get_doctest(docstring, globs, name, filename, lineno)

    def _find_lineno(self, obj, source_lines):
        lineno = None
        if type(obj) is type(sys):
            lineno = 0
        elif isinstance(obj, type):
            if source_lines is None:
                return None
            pat = re.compile(r'^\s*class\s*%s\b' % re.escape(getattr(obj, '__name__', '-')))
            for i, line in enumerate(source_lines):
                if pat.match(line):
                    lineno = i
                    break
        else:
            if hasattr(obj, '__func__'):
                obj = obj.__func__
            if hasattr(obj, '__code__'):
                while hasattr(obj, '__wrapped__'):
                    obj = obj.__wrapped__
                obj = obj.__code__
            first = getattr(obj, 'co_firstlineno', None)
            if isinstance(first, int):
                lineno = first - 1
        if lineno is not None:
            if source_lines is None:
                return lineno + 1
            pat = re.compile(r'(^|.*:)\s*\w*("|\')')
            for i in range(lineno, len(source_lines)):
                if pat.match(source_lines[i]):
                    return i
        return None


class OutputChecker:
    def _toAscii(self, s):
        return str(s.encode('ASCII', 'backslashreplace'), 'ASCII')

    def check_output(self, want, got, optionflags):
        if got == want:
            return True
        if not optionflags & DONT_ACCEPT_TRUE_FOR_1:
            if (got, want) in (('True\n', '1\n'), ('False\n', '0\n')):
                return True
        if not optionflags & DONT_ACCEPT_BLANKLINE:
            want = re.sub(r'(?m)^%s\s*?$' % re.escape(BLANKLINE_MARKER), '', want)
            got = re.sub(r'(?m)^[^\S\n]+$', '', got)
            if got == want:
                return True
        if optionflags & NORMALIZE_WHITESPACE:
            got = ' '.join(got.split())
            want = ' '.join(want.split())
            if got == want:
                return True
        if optionflags & ELLIPSIS:
            if _ellipsis_match(want, got):
                return True
        return False

    def _do_a_fancy_diff(self, want, got, optionflags):
        if not optionflags & (REPORT_UDIFF | REPORT_CDIFF | REPORT_NDIFF):
            return False
        if optionflags & REPORT_NDIFF:
            return True
        return want.count('\n') > 2 and got.count('\n') > 2

    def output_difference(self, example, got, optionflags):
        want = example.want
        if not optionflags & DONT_ACCEPT_BLANKLINE:
            got = re.sub('(?m)^[ ]*(?=\n)', BLANKLINE_MARKER, got)
        if self._do_a_fancy_diff(want, got, optionflags):
            import difflib
            want_lines = want.splitlines(keepends=True)
            got_lines = got.splitlines(keepends=True)
            if optionflags & REPORT_UDIFF:
                diff = list(difflib.unified_diff(want_lines, got_lines, n=2))[2:]
                kind = 'unified diff with -expected +actual'
            elif optionflags & REPORT_CDIFF:
                diff = list(difflib.context_diff(want_lines, got_lines, n=2))[2:]
                kind = 'context diff with expected followed by actual'
            else:
                engine = difflib.Differ(charjunk=difflib.IS_CHARACTER_JUNK)
                diff = list(engine.compare(want_lines, got_lines))
                kind = 'ndiff with -expected +actual'
            diff = [line.rstrip() + '\n' for line in diff]
            return 'Differences (%s):\n' % kind + _indent(''.join(diff))
        if want and got:
            return 'Expected:\n%sGot:\n%s' % (_indent(want), _indent(got))
        if want:
            return 'Expected:\n%sGot nothing\n' % _indent(want)
        if got:
            return 'Expected nothing\nGot:\n%s' % _indent(got)
        return 'Expected nothing\nGot nothing\n'


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


class DocTestRunner:
    DIVIDER = '*' * 70

    def __init__(self, checker=None, verbose=None, optionflags=0):
        self._checker = checker or OutputChecker()
        if verbose is None:
            verbose = '-v' in sys.argv
        self._verbose = verbose
        self.optionflags = optionflags
        self.original_optionflags = optionflags
        self.tries = 0
        self.failures = 0
        self._name2ft = {}
        self._fakeout = _SpoofOut()

    def report_start(self, out, test, example):
        if self._verbose:
            if example.want:
                out('Trying:\n' + _indent(example.source) + 'Expecting:\n' +
                    _indent(example.want))
            else:
                out('Trying:\n' + _indent(example.source) + 'Expecting nothing\n')

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
        lines = [self.DIVIDER]
        if test.filename:
            if test.lineno is not None and example.lineno is not None:
                where = test.lineno + example.lineno + 1
            else:
                where = '?'
            lines.append('File "%s", line %s, in %s' % (test.filename, where, test.name))
        else:
            lines.append('Line %s, in %s' % (example.lineno + 1, test.name))
        lines.append('Failed example:')
        lines.append(_indent(example.source))
        return '\n'.join(lines)

    def _run_examples(self, test, compileflags, out):
        failures = tries = 0
        original = self.optionflags
        check = self._checker.check_output
        for num, example in enumerate(test.examples):
            quiet = (self.optionflags & REPORT_ONLY_FIRST_FAILURE) and failures > 0
            self.optionflags = original
            for flag, on in example.options.items():
                if on:
                    self.optionflags |= flag
                else:
                    self.optionflags &= ~flag
            if self.optionflags & SKIP:
                continue
            tries += 1
            if not quiet:
                self.report_start(out, test, example)
            filename = '<doctest %s[%d]>' % (test.name, num)
            exc_info = None
            try:
                code = compile(example.source, filename, 'single')
                exec(code, test.globs)
                self.debugger_hook()
            except KeyboardInterrupt:
                raise
            except BaseException:
                exc_info = sys.exc_info()
            got = self._fakeout.getvalue()
            self._fakeout.truncate(0)
            ok = 'failure'
            if exc_info is None:
                if check(example.want, got, self.optionflags):
                    ok = 'success'
            else:
                exc_msg = traceback.format_exception_only(exc_info[0], exc_info[1])[-1]
                if not quiet:
                    got += _exception_traceback(exc_info)
                if example.exc_msg is None:
                    ok = 'boom'
                elif check(example.exc_msg, exc_msg, self.optionflags):
                    ok = 'success'
                elif self.optionflags & IGNORE_EXCEPTION_DETAIL:
                    if check(_strip_exception_details(example.exc_msg),
                             _strip_exception_details(exc_msg), self.optionflags):
                        ok = 'success'
            if ok == 'success':
                if not quiet:
                    self.report_success(out, test, example, got)
            elif ok == 'failure':
                if not quiet:
                    self.report_failure(out, test, example, got)
                failures += 1
            else:
                if not quiet:
                    self.report_unexpected_exception(out, test, example, exc_info)
                failures += 1
            if failures and self.optionflags & FAIL_FAST:
                break
        self.optionflags = original
        self._record(test.name, failures, tries)
        return TestResults(failures, tries)

    def debugger_hook(self):
        pass

    def _record(self, name, f, t):
        if name in self._name2ft:
            f0, t0 = self._name2ft[name]
            f, t = f + f0, t + t0
        self._name2ft[name] = (f, t)

    def run(self, test, compileflags=None, out=None, clear_globs=True):
        self.test = test
        save_stdout = sys.stdout
        if out is None:
            encoding = getattr(save_stdout, 'encoding', None) or 'utf-8'
            if encoding.lower() == 'utf-8':
                out = save_stdout.write
            else:
                def out(s):
                    s = str(s.encode(encoding, 'backslashreplace'), encoding)
                    save_stdout.write(s)
        import linecache
        save_getlines = linecache.getlines
        name_re = re.compile(r'<doctest (?P<name>.+)\[(?P<examplenum>\d+)\]>$')

        def patched_getlines(filename, module_globals=None):
            m = name_re.match(filename)
            if m and m.group('name') == test.name:
                return test.examples[int(m.group('examplenum'))].source.splitlines(True)
            return save_getlines(filename, module_globals)
        linecache.getlines = patched_getlines
        save_displayhook = sys.displayhook
        sys.displayhook = getattr(sys, '__displayhook__', save_displayhook)
        sys.stdout = self._fakeout
        try:
            before_f, before_t = self.failures, self.tries
            res = self._run_examples(test, compileflags, out)
            self.failures = before_f + res.failed
            self.tries = before_t + res.attempted
            return res
        finally:
            sys.stdout = save_stdout
            sys.displayhook = save_displayhook
            linecache.getlines = save_getlines
            if clear_globs:
                test.globs.clear()
                import builtins
                builtins._ = None

    def summarize(self, verbose=None):
        if verbose is None:
            verbose = self._verbose
        notests, passed, failed = [], [], []
        total_t = total_f = 0
        for name, (f, t) in self._name2ft.items():
            total_t += t
            total_f += f
            if t == 0:
                notests.append(name)
            elif f == 0:
                passed.append((name, t))
            else:
                failed.append((name, (f, t)))
        if verbose:
            if notests:
                print(len(notests), 'items had no tests:')
                for name in sorted(notests):
                    print('   ', name)
            if passed:
                print(len(passed), 'items passed all tests:')
                for name, t in sorted(passed):
                    print(' %3d tests in %s' % (t, name))
        if failed:
            print(self.DIVIDER)
            print(len(failed), 'items had failures:')
            for name, (f, t) in sorted(failed):
                print(' %3d of %3d in %s' % (f, t, name))
        if verbose:
            print(total_t, 'tests in', len(self._name2ft), 'items.')
            print(total_t - total_f, 'passed and', total_f, 'failed.')
        if total_f:
            print('***Test Failed***', total_f, 'failures.')
        elif verbose:
            print('Test passed.')
        return TestResults(total_f, total_t)

    def merge(self, other):
        for name, (f, t) in other._name2ft.items():
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
