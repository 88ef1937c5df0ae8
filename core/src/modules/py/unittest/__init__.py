"""Unit testing framework: test cases, suites, loader, result and text runner."""

import sys

__all__ = '''TestResult TestCase IsolatedAsyncioTestCase TestSuite TextTestRunner
TestLoader FunctionTestCase main defaultTestLoader SkipTest skip skipIf skipUnless
expectedFailure TextTestResult installHandler registerResult removeResult removeHandler
addModuleCleanup doModuleCleanups enterModuleContext'''.split()

# Frames whose globals hold this name are hidden from failure tracebacks.
__unittest = True

# ------------------------------------------------------------------ reprs

_WIDTH = 80          # longest repr shown whole
_GAP = 12            # a "[N chars]" marker must hide more than this
_HEAD = 5            # characters kept before a marker
_TAIL = 5            # characters kept after a marker
_SHARED = 5          # least of a common prefix worth keeping
_DIFF_KEEP = _WIDTH - (_HEAD + _GAP + _SHARED + _GAP + _TAIL)
DIFF_OMITTED = '\nDiff is %s characters long. Set self.maxDiff to None to see it.'


def _raise_failure(self, standardMsg):
    raise self.test_case.failureException(
        self.test_case._formatMessage(self.msg, standardMsg))


def safe_repr(obj, short=False):
    """repr() that never raises; with short=True, cut after 80 characters."""
    try:
        text = repr(obj)
    except Exception:
        text = object.__repr__(obj)
    if short and len(text) >= _WIDTH:
        text = text[:_WIDTH] + ' [truncated]...'
    return text


def strclass(cls):
    return cls.__module__ + '.' + cls.__qualname__


def _squeeze(text, keep_head, keep_tail):
    """Replace the middle of text by a '[N chars]' marker when that saves room."""
    hidden = len(text) - keep_head - keep_tail
    if hidden <= _GAP:
        return text
    return '{}[{} chars]{}'.format(text[:keep_head], hidden, text[len(text) - keep_tail:])


def _common_shorten_repr(*objs):
    """Reprs of objs, shortened together so that their differences stay visible."""
    texts = [safe_repr(o) for o in objs]
    widest = max(map(len, texts))
    if widest <= _WIDTH:
        return tuple(texts)
    low, high = min(texts), max(texts)
    n = 0
    limit = len(low)
    while n < limit and low[n] == high[n]:
        n += 1
    shared = low[:n]
    room = _WIDTH - (widest - n + _HEAD + _GAP)
    if room > _SHARED:
        head = _squeeze(shared, _HEAD, room)
        return tuple(head + t[n:] for t in texts)
    head = _squeeze(shared, _HEAD, _SHARED)
    return tuple(head + _squeeze(t[n:], _DIFF_KEEP, _TAIL) for t in texts)


def _diff_lines(a, b):
    try:
        from difflib import ndiff
    except ImportError:
        from ._diff import ndiff
    return list(ndiff(a, b))


def _tally(items):
    """[element, count] pairs; elements are compared with == (for unhashable ones)."""
    table = []
    for item in items:
        for pair in table:
            if pair[0] is item or pair[0] == item:
                pair[1] += 1
                break
        else:
            table.append([item, 1])
    return table


def _count_diff(first, second):
    """(count in first, count in second, element) for each element counted differently."""
    try:
        left, right = {}, {}
        for item in first:
            left[item] = left.get(item, 0) + 1
        for item in second:
            right[item] = right.get(item, 0) + 1
    except TypeError:
        left, right = _tally(first), _tally(second)

        def count_in(table, item):
            for elem, k in table:
                if elem is item or elem == item:
                    return k
            return 0
        out = [(n, count_in(right, x), x) for x, n in left if n != count_in(right, x)]
        return out + [(0, n, x) for x, n in right if not count_in(left, x)]
    out = [(n, right.get(x, 0), x) for x, n in left.items() if n != right.get(x, 0)]
    return out + [(0, n, x) for x, n in right.items() if x not in left]


def _glob_to_regex(pattern):
    """fnmatch-style pattern as an anchored regular expression."""
    import re
    pieces = []
    pos, end = 0, len(pattern)
    while pos < end:
        ch = pattern[pos]
        pos += 1
        if ch == '*':
            pieces.append('.*')
        elif ch == '?':
            pieces.append('.')
        elif ch == '[':
            start = pos + 1 if pattern[pos:pos + 1] == '!' else pos
            close = pattern.find(']', start + 1 if start < end else start)
            if close < 0:
                pieces.append('\\[')
                continue
            body = pattern[pos:close].replace('\\', '\\\\')
            if body[:1] == '!':
                body = '^' + body[1:]
            pieces.append('[%s]' % body)
            pos = close + 1
        else:
            pieces.append(re.escape(ch))
    return '(?s:%s)\\Z' % ''.join(pieces)


def _glob_match(name, pattern):
    import re
    return re.match(_glob_to_regex(pattern), name) is not None


# ------------------------------------------------------------------ skipping

class SkipTest(Exception):
    """Raise this exception in a test to skip it."""
    __module__ = 'unittest.case'


class _ShouldStop(Exception):
    """Unwinds a test after a subtest failed under failfast."""


class _UnexpectedSuccess(Exception):
    """Reported as a failure to results that lack addUnexpectedSuccess."""


def _unchanged(obj):
    return obj


def _flag(method, name, default=False):
    """An attribute set by a decorator on the function behind a (bound) method."""
    return getattr(getattr(method, '__func__', method), name, default)


def skip(reason):
    """Unconditionally skip a test."""
    def mark(target):
        if not isinstance(target, type):
            original = target

            def target(*args, **kwargs):
                raise SkipTest(reason)
            for name in ('__module__', '__name__', '__qualname__', '__doc__'):
                if hasattr(original, name):
                    setattr(target, name, getattr(original, name))
            target.__wrapped__ = original
        target.__unittest_skip__ = True
        target.__unittest_skip_why__ = reason
        return target
    if isinstance(reason, type(_unchanged)):
        # Used bare, as @skip: the "reason" is the function itself.
        func, reason = reason, ''
        return mark(func)
    return mark


def skipIf(condition, reason):
    """Skip a test if the condition is true."""
    if condition:
        return skip(reason)
    return _unchanged


def skipUnless(condition, reason):
    """Skip a test unless the condition is true."""
    if condition:
        return _unchanged
    return skip(reason)


def expectedFailure(test_item):
    test_item.__unittest_expecting_failure__ = True
    return test_item


# ------------------------------------------------------------------ cleanups

_module_cleanups = []


def addModuleCleanup(function, /, *args, **kwargs):
    """Like addCleanup, for the module: run even if setUpModule fails."""
    _module_cleanups.append((function, args, kwargs))


def enterModuleContext(cm):
    """Like enterContext, for the module."""
    return _enter(cm, addModuleCleanup)


def doModuleCleanups():
    """Execute all module cleanup functions (last added first)."""
    first_error = None
    for func, pos, kw in _drain(_module_cleanups):
        try:
            func(*pos, **kw)
        except Exception as exc:
            if first_error is None:
                first_error = exc
    if first_error is not None:
        raise first_error


def _drain(stack):
    """Pop and yield the entries of a cleanup stack until it is empty."""
    while stack:
        yield stack.pop()


def _enter(cm, register):
    """Enter cm and register its __exit__ as a cleanup with register()."""
    kind = type(cm)
    enter = getattr(kind, '__enter__', None)
    leave = getattr(kind, '__exit__', None)
    if enter is None or leave is None:
        raise TypeError("'%s.%s' object does not support the context manager protocol"
                        % (kind.__module__, kind.__qualname__))
    value = enter(cm)
    register(leave, cm, None, None, None)
    return value


# ------------------------------------------------------------------ running one test

def _no_method(name, fallback):
    import warnings
    warnings.warn('TestResult has no %s method, %s' % (name, fallback), RuntimeWarning, 3)


def _report_skip(result, test, reason):
    if hasattr(result, 'addSkip'):
        result.addSkip(test, reason)
    else:
        _no_method('addSkip', 'skips not reported')
        result.addSuccess(test)


def _report_error(result, test, info):
    if result is None or info is None:
        return
    if issubclass(info[0], test.failureException):
        result.addFailure(test, info)
    else:
        result.addError(test, info)


class _Outcome(object):
    """State of one TestCase.run: whether every part passed so far, and the
    exception kept for an expected failure."""

    def __init__(self, result=None):
        self.result = result
        self.subtests_reported = hasattr(result, 'addSubTest')
        self.success = True
        self.expecting_failure = False
        self.expectedFailure = None

    def part(self, test, is_subtest=False):
        """A context manager running one step (setUp, test, tearDown, cleanup, subtest)."""
        return _Step(self, test, is_subtest)


class _Step(object):
    def __init__(self, outcome, test, is_subtest):
        self.outcome = outcome
        self.test = test
        self.is_subtest = is_subtest
        self.before = True

    def __enter__(self):
        self.before = self.outcome.success
        self.outcome.success = True
        return self

    def __exit__(self, kind, exc, tb):
        state = self.outcome
        try:
            if kind is None:
                if self.is_subtest and state.success and state.subtests_reported:
                    state.result.addSubTest(self.test.test_case, self.test, None)
                return False
            if issubclass(kind, KeyboardInterrupt):
                return False
            info = (kind, exc, tb)
            if issubclass(kind, SkipTest):
                state.success = False
                _report_skip(state.result, self.test, str(exc))
            elif issubclass(kind, _ShouldStop):
                pass
            elif state.expecting_failure:
                state.expectedFailure = info
            else:
                state.success = False
                if self.is_subtest:
                    state.result.addSubTest(self.test.test_case, self.test, info)
                else:
                    _report_error(state.result, self.test, info)
            return True
        finally:
            state.success = state.success and self.before


_subtest_msg_sentinel = object()


class _SubTestScope(object):
    """What TestCase.subTest returns."""

    def __init__(self, case, msg, params):
        self.case = case
        self.msg = msg
        self.params = params
        self.step = None

    def __enter__(self):
        case = self.case
        outcome = case._outcome
        if outcome is None or not outcome.subtests_reported:
            return None
        self.outer = case._subtest
        merged = dict(self.params)
        if self.outer is not None:
            for key, value in self.outer.params.items():
                if key not in merged:
                    merged[key] = value
        case._subtest = _SubTest(case, self.msg, merged)
        self.step = outcome.part(case._subtest, True)
        self.step.__enter__()
        return None

    def __exit__(self, kind, exc, tb):
        if self.step is None:
            return False
        case = self.case
        try:
            swallowed = self.step.__exit__(kind, exc, tb)
            outcome = case._outcome
            if outcome.success:
                if outcome.expectedFailure:
                    raise _ShouldStop
            elif outcome.result is not None and outcome.result.failfast:
                raise _ShouldStop
            return swallowed
        finally:
            case._subtest = self.outer


# ------------------------------------------------------------------ assertRaises & co

class _Catcher(object):
    """Shared part of the assertRaises and assertWarns context managers."""
    base = BaseException
    base_text = ''

    def __init__(self, expected, test_case, expected_regex=None):
        self.expected = expected
        self.test_case = test_case
        if expected_regex is not None:
            import re
            expected_regex = re.compile(expected_regex)
        self.expected_regex = expected_regex
        self.obj_name = None
        self.msg = None

    def handle(self, name, args, kwargs):
        """Context-manager form when args is empty, else call args[0](*args[1:])."""
        if not _all_subclasses(self.expected, self.base):
            raise TypeError('%s() arg 1 must be %s' % (name, self.base_text))
        if not args:
            self.msg = kwargs.pop('msg', None)
            for key in kwargs:
                raise TypeError('%r is an invalid keyword argument for '
                                'this function' % (key,))
            return self
        func = args[0]
        self.obj_name = getattr(func, '__name__', None)
        if self.obj_name is None:
            self.obj_name = str(func)
        with self:
            func(*args[1:], **kwargs)
        return None

    def _raiseFailure(self, standardMsg):
        raise self.test_case.failureException(
            self.test_case._formatMessage(self.msg, standardMsg))

    def _missing(self, verb):
        what = getattr(self.expected, '__name__', None)
        if what is None:
            what = str(self.expected)
        if self.obj_name:
            self._raiseFailure('%s not %s by %s' % (what, verb, self.obj_name))
        self._raiseFailure('%s not %s' % (what, verb))

    def _mismatch(self, text):
        self._raiseFailure('"%s" does not match "%s"' % (self.expected_regex.pattern, text))


def _all_subclasses(expected, base):
    if type(expected) is tuple:
        return all(_all_subclasses(item, base) for item in expected)
    return isinstance(expected, type) and issubclass(expected, base)


class _AssertRaisesContext(_Catcher):
    base_text = 'an exception type or tuple of exception types'

    def __enter__(self):
        return self

    def __exit__(self, kind, exc, tb):
        if kind is None:
            self._missing('raised')
        if not issubclass(kind, self.expected):
            return False
        self.exception = exc.with_traceback(None)
        pattern = self.expected_regex
        if pattern is not None and not pattern.search(str(exc)):
            self._mismatch(str(exc))
        return True


class _AssertWarnsContext(_Catcher):
    base = Warning
    base_text = 'a warning type or tuple of warning types'

    def __enter__(self):
        import warnings
        # Forget warnings already shown once, so that they can trigger again.
        for module in list(sys.modules.values()):
            if getattr(module, '__warningregistry__', None):
                module.__warningregistry__ = {}
        self._recorder = warnings.catch_warnings(record=True)
        self.warnings = self._recorder.__enter__()
        warnings.simplefilter('always', self.expected)
        return self

    def __exit__(self, kind, exc, tb):
        self._recorder.__exit__(kind, exc, tb)
        if kind is not None:
            return False
        wrong_text = None
        for record in self.warnings:
            message = record.message
            if not isinstance(message, self.expected):
                continue
            pattern = self.expected_regex
            if pattern is not None and not pattern.search(str(message)):
                if wrong_text is None:
                    wrong_text = str(message)
                continue
            self.warning = message
            self.filename = record.filename
            self.lineno = record.lineno
            return None
        if wrong_text is not None:
            self._mismatch(wrong_text)
        self._missing('triggered')


# ------------------------------------------------------------------ TestCase

_EQUALITY_BY_TYPE = ((dict, 'assertDictEqual'), (list, 'assertListEqual'),
                     (tuple, 'assertTupleEqual'), (set, 'assertSetEqual'),
                     (frozenset, 'assertSetEqual'), (str, 'assertMultiLineEqual'))


def _skip_reason(case, method):
    """The reason a test is skipped (class or method decorator), or None."""
    owner = type(case)
    if getattr(owner, '__unittest_skip__', False):
        return getattr(owner, '__unittest_skip_why__', '') or _flag(
            method, '__unittest_skip_why__', '')
    if _flag(method, '__unittest_skip__'):
        return _flag(method, '__unittest_skip_why__', '')
    return None


def _ordinal(n):
    return 'First' if n == 0 else 'Second'


class TestCase(object):
    """A class whose instances are single test cases."""
    __module__ = 'unittest.case'

    failureException = AssertionError
    longMessage = True
    maxDiff = 640
    _diffThreshold = 65536
    _class_cleanups = []

    def __init_subclass__(cls, *args, **kwargs):
        cls._class_cleanups = []
        super().__init_subclass__(*args, **kwargs)

    def __init__(self, methodName='runTest'):
        self._testMethodName = methodName
        self._outcome = None
        self._subtest = None
        self._cleanups = []
        self._type_equality_funcs = dict(_EQUALITY_BY_TYPE)
        try:
            self._testMethodDoc = getattr(self, methodName).__doc__
        except AttributeError:
            if methodName != 'runTest':
                raise ValueError('no such test method in %s: %s'
                                 % (type(self), methodName)) from None
            self._testMethodDoc = 'No test'

    # -- fixtures and cleanups

    def addTypeEqualityFunc(self, typeobj, function):
        self._type_equality_funcs[typeobj] = function

    def addCleanup(self, function, /, *args, **kwargs):
        """Call function(*args, **kwargs) after tearDown (last added first)."""
        self._cleanups.append((function, args, kwargs))

    def enterContext(self, cm):
        """Enter cm; its __exit__ becomes a cleanup."""
        return _enter(cm, self.addCleanup)

    @classmethod
    def addClassCleanup(cls, function, /, *args, **kwargs):
        cls._class_cleanups.append((function, args, kwargs))

    @classmethod
    def enterClassContext(cls, cm):
        return _enter(cm, cls.addClassCleanup)

    def setUp(self):
        """Runs before each test method."""

    def tearDown(self):
        """Runs after each test method whose setUp succeeded."""

    @classmethod
    def setUpClass(cls):
        """Runs once before the tests of the class."""

    @classmethod
    def tearDownClass(cls):
        """Runs once after the tests of the class."""

    def doCleanups(self):
        """Execute all cleanup functions (last added first)."""
        outcome = self._outcome
        if outcome is None:
            outcome = _Outcome()
        for func, pos, kw in _drain(self._cleanups):
            with outcome.part(self):
                self._callCleanup(func, *pos, **kw)
        return outcome.success

    @classmethod
    def doClassCleanups(cls):
        cls.tearDown_exceptions = errors = []
        for func, pos, kw in _drain(cls._class_cleanups):
            try:
                func(*pos, **kw)
            except Exception:
                errors.append(sys.exc_info())

    # -- identity

    def countTestCases(self):
        return 1

    def defaultTestResult(self):
        return TestResult()

    def shortDescription(self):
        doc = self._testMethodDoc
        if not doc:
            return None
        return doc.strip().split('\n')[0].strip()

    def id(self):
        return strclass(type(self)) + '.' + self._testMethodName

    def __eq__(self, other):
        if type(other) is not type(self):
            return NotImplemented
        return other._testMethodName == self._testMethodName

    def __hash__(self):
        return hash((type(self), self._testMethodName))

    def __str__(self):
        return '%s (%s.%s)' % (self._testMethodName, strclass(type(self)),
                               self._testMethodName)

    def __repr__(self):
        return '<%s testMethod=%s>' % (strclass(type(self)), self._testMethodName)

    # -- running

    def subTest(self, msg=_subtest_msg_sentinel, **params):
        """Context manager: the enclosed block is a subtest identified by msg and params."""
        return _SubTestScope(self, msg, params)

    def _callSetUp(self):
        self.setUp()

    def _callTestMethod(self, method):
        if method() is not None:
            _warn_return_value(method, 5)

    def _callTearDown(self):
        self.tearDown()

    def _callCleanup(self, function, /, *args, **kwargs):
        function(*args, **kwargs)

    def run(self, result=None):
        own_result = result is None
        if own_result:
            result = self.defaultTestResult()
            begin = getattr(result, 'startTestRun', None)
            if begin is not None:
                begin()
        result.startTest(self)
        try:
            method = getattr(self, self._testMethodName)
            reason = _skip_reason(self, method)
            if reason is not None:
                _report_skip(result, self, reason)
            else:
                self._run_parts(result, method)
            return result
        finally:
            result.stopTest(self)
            if own_result:
                end = getattr(result, 'stopTestRun', None)
                if end is not None:
                    end()

    def _run_parts(self, result, method):
        xfail = bool(getattr(self, '__unittest_expecting_failure__', False)
                     or _flag(method, '__unittest_expecting_failure__'))
        outcome = self._outcome = _Outcome(result)
        try:
            with outcome.part(self):
                self._callSetUp()
            if outcome.success:
                outcome.expecting_failure = xfail
                with outcome.part(self):
                    self._callTestMethod(method)
                outcome.expecting_failure = False
                with outcome.part(self):
                    self._callTearDown()
            self.doCleanups()
            if not outcome.success:
                return
            if not xfail:
                result.addSuccess(self)
            elif outcome.expectedFailure:
                on_xfail = getattr(result, 'addExpectedFailure', None)
                if on_xfail is None:
                    _no_method('addExpectedFailure', 'reporting as passes')
                    result.addSuccess(self)
                else:
                    on_xfail(self, outcome.expectedFailure)
            else:
                on_xpass = getattr(result, 'addUnexpectedSuccess', None)
                if on_xpass is not None:
                    on_xpass(self)
                else:
                    _no_method('addUnexpectedSuccess', 'reporting as failure')
                    try:
                        raise _UnexpectedSuccess from None
                    except _UnexpectedSuccess:
                        result.addFailure(self, sys.exc_info())
        finally:
            outcome.expectedFailure = None
            self._outcome = None

    def __call__(self, *args, **kwds):
        return self.run(*args, **kwds)

    def debug(self):
        """Run the test without collecting errors in a TestResult."""
        method = getattr(self, self._testMethodName)
        reason = _skip_reason(self, method)
        if reason is not None:
            raise SkipTest(reason)
        self._callSetUp()
        self._callTestMethod(method)
        self._callTearDown()
        for func, pos, kw in _drain(self._cleanups):
            self._callCleanup(func, *pos, **kw)

    def skipTest(self, reason):
        """Skip this test."""
        raise SkipTest(reason)

    # -- assertions

    def fail(self, msg=None):
        """Fail now, with msg."""
        raise self.failureException(msg)

    def _formatMessage(self, msg, standardMsg):
        if not self.longMessage:
            return msg or standardMsg
        if msg is None:
            return standardMsg
        return '%s : %s' % (standardMsg, msg)

    def _check(self, ok, msg, standard, *args):
        """Fail with standard % args (plus msg) unless ok."""
        if not ok:
            if args:
                standard = standard % tuple(safe_repr(a) for a in args)
            raise self.failureException(self._formatMessage(msg, standard))

    def assertTrue(self, expr, msg=None):
        """Fail unless expr is true."""
        self._check(expr, msg, '%s is not true', expr)

    def assertFalse(self, expr, msg=None):
        """Fail unless expr is false."""
        self._check(not expr, msg, '%s is not false', expr)

    def assertRaises(self, expected_exception, *args, **kwargs):
        """Fail unless an exception of class expected_exception is raised."""
        return _AssertRaisesContext(expected_exception, self).handle(
            'assertRaises', args, kwargs)

    def assertRaisesRegex(self, expected_exception, expected_regex, *args, **kwargs):
        """Like assertRaises; the exception's message must also match expected_regex."""
        return _AssertRaisesContext(expected_exception, self, expected_regex).handle(
            'assertRaisesRegex', args, kwargs)

    def assertWarns(self, expected_warning, *args, **kwargs):
        """Fail unless a warning of class expected_warning is triggered."""
        return _AssertWarnsContext(expected_warning, self).handle(
            'assertWarns', args, kwargs)

    def assertWarnsRegex(self, expected_warning, expected_regex, *args, **kwargs):
        """Like assertWarns; the warning's message must also match expected_regex."""
        return _AssertWarnsContext(expected_warning, self, expected_regex).handle(
            'assertWarnsRegex', args, kwargs)

    def assertLogs(self, logger=None, level=None):
        """Fail unless a log message of level *level* or higher is emitted."""
        from unittest._log import _AssertLogsContext
        return _AssertLogsContext(self, logger, level, False)

    def assertNoLogs(self, logger=None, level=None):
        """Fail unless no log messages of level *level* or higher are emitted."""
        from unittest._log import _AssertLogsContext
        return _AssertLogsContext(self, logger, level, True)

    def _getAssertEqualityFunc(self, first, second):
        if type(first) == type(second):
            checker = self._type_equality_funcs.get(type(first))
            if isinstance(checker, str):
                return getattr(self, checker)
            if checker is not None:
                return checker
        return self._baseAssertEqual

    def _baseAssertEqual(self, first, second, msg=None):
        if not first == second:
            raise self.failureException(self._formatMessage(
                msg, '%s != %s' % _common_shorten_repr(first, second)))

    def assertEqual(self, first, second, msg=None):
        """Fail unless first == second."""
        self._getAssertEqualityFunc(first, second)(first, second, msg=msg)

    def assertNotEqual(self, first, second, msg=None):
        """Fail unless first != second."""
        self._check(first != second, msg, '%s == %s', first, second)

    def _near(self, first, second, places, delta):
        """(equal enough?, difference) for the *AlmostEqual assertions."""
        if delta is not None and places is not None:
            raise TypeError('specify delta or places not both')
        gap = abs(first - second)
        if delta is not None:
            return gap <= delta, gap
        return round(gap, 7 if places is None else places) == 0, gap

    def assertAlmostEqual(self, first, second, places=None, msg=None, delta=None):
        """Fail unless first and second agree to `places` decimals (7) or within delta."""
        if first == second:
            return
        close, gap = self._near(first, second, places, delta)
        if close:
            return
        if delta is not None:
            text = '%s != %s within %s delta (%s difference)' % (
                safe_repr(first), safe_repr(second), safe_repr(delta), safe_repr(gap))
        else:
            text = '%s != %s within %r places (%s difference)' % (
                safe_repr(first), safe_repr(second), 7 if places is None else places,
                safe_repr(gap))
        self.fail(self._formatMessage(msg, text))

    def assertNotAlmostEqual(self, first, second, places=None, msg=None, delta=None):
        """Fail if first and second agree to `places` decimals (7) or within delta."""
        close, gap = self._near(first, second, places, delta)
        if not close and first != second:
            return
        if delta is not None:
            text = '%s == %s within %s delta (%s difference)' % (
                safe_repr(first), safe_repr(second), safe_repr(delta), safe_repr(gap))
        else:
            text = '%s == %s within %r places' % (
                safe_repr(first), safe_repr(second), 7 if places is None else places)
        self.fail(self._formatMessage(msg, text))

    def _with_diff(self, text, first, second):
        """text plus an ndiff of the pretty-printed values (cut to maxDiff)."""
        import pprint
        lines = _diff_lines(pprint.pformat(first).splitlines(),
                            pprint.pformat(second).splitlines())
        return self._truncateMessage(text, '\n' + '\n'.join(lines))

    def _truncateMessage(self, message, diff):
        limit = self.maxDiff
        if limit is not None and len(diff) > limit:
            return message + DIFF_OMITTED % len(diff)
        return message + diff

    def assertSequenceEqual(self, seq1, seq2, msg=None, seq_type=None):
        """Equality assertion for ordered sequences (like lists and tuples)."""
        kind = 'sequence'
        if seq_type is not None:
            kind = seq_type.__name__
            for n, seq in enumerate((seq1, seq2)):
                if not isinstance(seq, seq_type):
                    raise self.failureException('%s sequence is not a %s: %s'
                                                % (_ordinal(n), kind, safe_repr(seq)))
        sizes = []
        for n, seq in enumerate((seq1, seq2)):
            try:
                sizes.append(len(seq))
            except (TypeError, NotImplementedError):
                text = '%s %s has no length.    Non-sequence?' % (_ordinal(n), kind)
                break
        else:
            if seq1 == seq2:
                return
            text = self._sequence_report(seq1, seq2, sizes, kind, seq_type)
            if text is None:
                return
        self.fail(self._formatMessage(msg, self._with_diff(text, seq1, seq2)))

    def _sequence_report(self, seq1, seq2, sizes, kind, seq_type):
        """Where two unequal sequences first differ (None: equal after all)."""
        parts = ['%ss differ: %s != %s\n' % ((kind.capitalize(),)
                                             + _common_shorten_repr(seq1, seq2))]
        len1, len2 = sizes
        found = False
        for i in range(min(len1, len2)):
            pair = []
            for n, seq in enumerate((seq1, seq2)):
                try:
                    pair.append(seq[i])
                except (TypeError, IndexError, NotImplementedError):
                    parts.append('\nUnable to index element %d of %s %s\n'
                                 % (i, _ordinal(n).lower(), kind))
                    break
            if len(pair) < 2:
                found = True
                break
            if pair[0] != pair[1]:
                parts.append('\nFirst differing element %d:\n%s\n%s\n'
                             % ((i,) + _common_shorten_repr(*pair)))
                found = True
                break
        if not found and len1 == len2 and seq_type is None and type(seq1) != type(seq2):
            return None
        if len1 != len2:
            longer = 0 if len1 > len2 else 1
            seq = (seq1, seq2)[longer]
            short = min(len1, len2)
            parts.append('\n%s %s contains %d additional elements.\n'
                         % (_ordinal(longer), kind, abs(len1 - len2)))
            try:
                parts.append('First extra element %d:\n%s\n' % (short, safe_repr(seq[short])))
            except (TypeError, IndexError, NotImplementedError):
                parts.append('Unable to index element %d of %s %s\n'
                             % (short, _ordinal(longer).lower(), kind))
        return ''.join(parts)

    def assertListEqual(self, list1, list2, msg=None):
        """A list-specific equality assertion."""
        self.assertSequenceEqual(list1, list2, msg, seq_type=list)

    def assertTupleEqual(self, tuple1, tuple2, msg=None):
        """A tuple-specific equality assertion."""
        self.assertSequenceEqual(tuple1, tuple2, msg, seq_type=tuple)

    def assertSetEqual(self, set1, set2, msg=None):
        """A set-specific equality assertion."""
        only = []
        for n, (a, b) in enumerate(((set1, set2), (set2, set1))):
            try:
                only.append(a.difference(b))
            except TypeError as e:
                self.fail('invalid type when attempting set difference: %s' % e)
            except AttributeError as e:
                self.fail('%s argument does not support set difference: %s'
                          % (_ordinal(n).lower(), e))
        if not (only[0] or only[1]):
            return
        lines = []
        for items, title in zip(only, ('first set but not the second',
                                       'second set but not the first')):
            if items:
                lines.append('Items in the %s:' % title)
                lines.extend(map(repr, items))
        self.fail(self._formatMessage(msg, '\n'.join(lines)))

    def assertDictContainsSubset(self, subset, dictionary, msg=None):
        import warnings
        warnings.warn('assertDictContainsSubset is deprecated', DeprecationWarning)
        absent = [k for k in subset if k not in dictionary]
        differing = ['%s, expected: %s, actual: %s' % (safe_repr(k), safe_repr(v),
                                                      safe_repr(dictionary[k]))
                     for k, v in subset.items() if k in dictionary and v != dictionary[k]]
        parts = []
        if absent:
            parts.append('Missing: %s' % ','.join(safe_repr(k) for k in absent))
        if differing:
            parts.append('Mismatched values: %s' % ','.join(differing))
        if parts:
            self.fail(self._formatMessage(msg, '; '.join(parts)))

    def assertDictEqual(self, d1, d2, msg=None):
        for n, arg in enumerate((d1, d2)):
            self.assertIsInstance(arg, dict, '%s argument is not a dictionary' % _ordinal(n))
        if d1 == d2:
            return
        text = '%s != %s' % _common_shorten_repr(d1, d2)
        self.fail(self._formatMessage(msg, self._with_diff(text, d1, d2)))

    def assertCountEqual(self, first, second, msg=None):
        """Fail unless both iterables hold the same elements the same number of times."""
        counts = _count_diff(list(first), list(second))
        if not counts:
            return
        rows = '\n'.join('First has %d, Second has %d:  %r' % row for row in counts)
        text = self._truncateMessage('Element counts were not equal:\n', rows)
        self.fail(self._formatMessage(msg, text))

    def assertMultiLineEqual(self, first, second, msg=None):
        """Assert that two multi-line strings are equal (showing a line diff)."""
        for n, arg in enumerate((first, second)):
            self.assertIsInstance(arg, str, '%s argument is not a string' % _ordinal(n))
        if first == second:
            return
        if max(len(first), len(second)) > self._diffThreshold:
            self._baseAssertEqual(first, second, msg)
        left = first.splitlines(keepends=True)
        right = second.splitlines(keepends=True)
        if len(left) == 1 and first.strip('\r\n') == first:
            left, right = [first + '\n'], [second + '\n']
        text = '%s != %s' % _common_shorten_repr(first, second)
        text = self._truncateMessage(text, '\n' + ''.join(_diff_lines(left, right)))
        self.fail(self._formatMessage(msg, text))

    def assertIn(self, member, container, msg=None):
        """Fail unless member in container."""
        self._check(member in container, msg, '%s not found in %s', member, container)

    def assertNotIn(self, member, container, msg=None):
        """Fail if member in container."""
        self._check(member not in container, msg, '%s unexpectedly found in %s',
                    member, container)

    def assertIs(self, expr1, expr2, msg=None):
        """Fail unless expr1 is expr2."""
        self._check(expr1 is expr2, msg, '%s is not %s', expr1, expr2)

    def assertIsNot(self, expr1, expr2, msg=None):
        """Fail if expr1 is expr2."""
        self._check(expr1 is not expr2, msg, 'unexpectedly identical: %s', expr1)

    def assertLess(self, a, b, msg=None):
        """Fail unless a < b."""
        self._check(a < b, msg, '%s not less than %s', a, b)

    def assertLessEqual(self, a, b, msg=None):
        """Fail unless a <= b."""
        self._check(a <= b, msg, '%s not less than or equal to %s', a, b)

    def assertGreater(self, a, b, msg=None):
        """Fail unless a > b."""
        self._check(a > b, msg, '%s not greater than %s', a, b)

    def assertGreaterEqual(self, a, b, msg=None):
        """Fail unless a >= b."""
        self._check(a >= b, msg, '%s not greater than or equal to %s', a, b)

    def assertIsNone(self, obj, msg=None):
        """Fail unless obj is None."""
        self._check(obj is None, msg, '%s is not None', obj)

    def assertIsNotNone(self, obj, msg=None):
        """Fail if obj is None."""
        self._check(obj is not None, msg, 'unexpectedly None')

    def assertIsInstance(self, obj, cls, msg=None):
        """Fail unless isinstance(obj, cls)."""
        if not isinstance(obj, cls):
            self.fail(self._formatMessage(
                msg, '%s is not an instance of %r' % (safe_repr(obj), cls)))

    def assertNotIsInstance(self, obj, cls, msg=None):
        """Fail if isinstance(obj, cls)."""
        if isinstance(obj, cls):
            self.fail(self._formatMessage(
                msg, '%s is an instance of %r' % (safe_repr(obj), cls)))

    def assertRegex(self, text, expected_regex, msg=None):
        """Fail unless text matches the regular expression."""
        if isinstance(expected_regex, (str, bytes)):
            assert expected_regex, 'expected_regex must not be empty.'
            import re
            expected_regex = re.compile(expected_regex)
        if expected_regex.search(text) is None:
            self.fail(self._formatMessage(msg, "Regex didn't match: %r not found in %r"
                                          % (expected_regex.pattern, text)))

    def assertNotRegex(self, text, unexpected_regex, msg=None):
        """Fail if text matches the regular expression."""
        if isinstance(unexpected_regex, (str, bytes)):
            import re
            unexpected_regex = re.compile(unexpected_regex)
        found = unexpected_regex.search(text)
        if found is not None:
            self.fail(self._formatMessage(msg, 'Regex matched: %r matches %r in %r' % (
                found.group(0), unexpected_regex.pattern, text)))


def _warn_return_value(method, level):
    import warnings
    warnings.warn('It is deprecated to return a value that is not None from a '
                  'test case (%s)' % (method,), DeprecationWarning, stacklevel=level)


def _old_name(new):
    """A deprecated alias of TestCase method `new` (warns, then delegates)."""
    def alias(*args, **kwargs):
        import warnings
        warnings.warn('Please use %s instead.' % new.__name__, DeprecationWarning, 2)
        return new(*args, **kwargs)
    return alias


for _new, _olds in (('assertEqual', ('failUnlessEqual', 'assertEquals')),
                    ('assertNotEqual', ('failIfEqual', 'assertNotEquals')),
                    ('assertAlmostEqual', ('failUnlessAlmostEqual', 'assertAlmostEquals')),
                    ('assertNotAlmostEqual', ('failIfAlmostEqual', 'assertNotAlmostEquals')),
                    ('assertTrue', ('failUnless', 'assert_')),
                    ('assertRaises', ('failUnlessRaises',)),
                    ('assertFalse', ('failIf',)),
                    ('assertRaisesRegex', ('assertRaisesRegexp',)),
                    ('assertRegex', ('assertRegexpMatches',)),
                    ('assertNotRegex', ('assertNotRegexpMatches',))):
    _alias = _old_name(TestCase.__dict__[_new])
    for _old in _olds:
        setattr(TestCase, _old, _alias)
del _new, _olds, _old, _alias


class FunctionTestCase(TestCase):
    """A test case that wraps a test function."""
    __module__ = 'unittest.case'

    def __init__(self, testFunc, setUp=None, tearDown=None, description=None):
        super().__init__()
        self._testFunc = testFunc
        self._setUpFunc = setUp
        self._tearDownFunc = tearDown
        self._description = description

    def _parts(self):
        return (self._setUpFunc, self._tearDownFunc, self._testFunc, self._description)

    def setUp(self):
        hook = self._setUpFunc
        if hook is not None:
            hook()

    def tearDown(self):
        hook = self._tearDownFunc
        if hook is not None:
            hook()

    def runTest(self):
        self._testFunc()

    def id(self):
        return self._testFunc.__name__

    def __eq__(self, other):
        if not isinstance(other, type(self)):
            return NotImplemented
        return self._parts() == other._parts()

    def __hash__(self):
        return hash((type(self),) + self._parts())

    def __str__(self):
        return '%s (%s)' % (strclass(type(self)), self._testFunc.__name__)

    def __repr__(self):
        return '<%s tec=%s>' % (strclass(type(self)), self._testFunc)

    def shortDescription(self):
        described = self._description
        if described is not None:
            return described
        doc = self._testFunc.__doc__
        if not doc:
            return None
        return doc.split('\n')[0].strip() or None


class _SubTest(TestCase):
    __module__ = 'unittest.case'

    def __init__(self, test_case, message, params):
        super().__init__()
        self.test_case = test_case
        self._message = message
        self.params = params
        self.failureException = test_case.failureException

    def runTest(self):
        raise NotImplementedError('subtests cannot be run directly')

    def _label(self):
        words = []
        if self._message is not _subtest_msg_sentinel:
            words.append('[%s]' % (self._message,))
        if self.params:
            words.append('(%s)' % ', '.join('%s=%r' % kv for kv in self.params.items()))
        return ' '.join(words) if words else '(<subtest>)'

    def id(self):
        return '%s %s' % (self.test_case.id(), self._label())

    def shortDescription(self):
        return self.test_case.shortDescription()

    def __str__(self):
        return '%s %s' % (self.test_case, self._label())


# ------------------------------------------------------------------ TestResult

def _stops_on_failfast(method):
    def wrapper(self, *args, **kw):
        if getattr(self, 'failfast', False):
            self.stop()
        return method(self, *args, **kw)
    wrapper.__name__ = method.__name__
    wrapper.__doc__ = method.__doc__
    return wrapper


def _captured(text, title):
    """Buffered output as shown after a failure ('' when there is none)."""
    if not text:
        return ''
    if not text.endswith('\n'):
        text += '\n'
    return '\n%s:\n%s' % (title, text)


class TestResult(object):
    """Holder for test result information."""
    __module__ = 'unittest.result'
    _previousTestClass = None
    _testRunEntered = False
    _moduleSetUpFailed = False

    def __init__(self, stream=None, descriptions=None, verbosity=None):
        self.failures = []
        self.errors = []
        self.skipped = []
        self.expectedFailures = []
        self.unexpectedSuccesses = []
        self.testsRun = 0
        self.failfast = False
        self.shouldStop = False
        self.buffer = False
        self.tb_locals = False
        self._stdout_buffer = None
        self._stderr_buffer = None
        self._original_stdout, self._original_stderr = sys.stdout, sys.stderr
        self._mirrorOutput = False

    def startTestRun(self):
        """Called once before any tests are executed."""

    def stopTestRun(self):
        """Called once after all tests are executed."""

    def printErrors(self):
        """Called by TestRunner after test run."""

    def startTest(self, test):
        """Called when the given test is about to be run."""
        self.testsRun += 1
        self._mirrorOutput = False
        self._setupStdout()

    def stopTest(self, test):
        """Called when the given test has been run."""
        self._restoreStdout()
        self._mirrorOutput = False

    # With buffer=True, output of each test (and of each class or module fixture)
    # is captured, and shown only if that test or fixture fails.

    def _setupStdout(self):
        if self.buffer:
            if self._stdout_buffer is None:
                import io
                self._stdout_buffer, self._stderr_buffer = io.StringIO(), io.StringIO()
            sys.stdout, sys.stderr = self._stdout_buffer, self._stderr_buffer

    def _restoreStdout(self):
        if not self.buffer:
            return
        if self._mirrorOutput:
            self._original_stdout.write(_captured(sys.stdout.getvalue(), 'Stdout'))
            self._original_stderr.write(_captured(sys.stderr.getvalue(), 'Stderr'))
        sys.stdout, sys.stderr = self._original_stdout, self._original_stderr
        for buf in (self._stdout_buffer, self._stderr_buffer):
            buf.seek(0)
            buf.truncate()

    def _record(self, into, test, err, report_as=None):
        into.append((test if report_as is None else report_as,
                     self._exc_info_to_string(err, test)))
        self._mirrorOutput = True

    @_stops_on_failfast
    def addError(self, test, err):
        """Called when an error has occurred (err as returned by sys.exc_info())."""
        self._record(self.errors, test, err)

    @_stops_on_failfast
    def addFailure(self, test, err):
        """Called when a failure has occurred (err as returned by sys.exc_info())."""
        self._record(self.failures, test, err)

    def addSubTest(self, test, subtest, err):
        """Called at the end of a subtest (err is None when it passed)."""
        if err is None:
            return
        if getattr(self, 'failfast', False):
            self.stop()
        bucket = self.failures if issubclass(err[0], test.failureException) else self.errors
        self._record(bucket, test, err, subtest)

    def addSuccess(self, test):
        """Called when a test has completed successfully."""

    def addSkip(self, test, reason):
        """A test was skipped for the given reason."""
        self.skipped.append((test, reason))

    def addExpectedFailure(self, test, err):
        """A test marked with expectedFailure failed as expected."""
        self.expectedFailures.append((test, self._exc_info_to_string(err, test)))

    @_stops_on_failfast
    def addUnexpectedSuccess(self, test):
        """A test marked with expectedFailure passed."""
        self.unexpectedSuccesses.append(test)

    def wasSuccessful(self):
        """True when nothing failed, errored or unexpectedly passed."""
        if self.failures or self.errors:
            return False
        return not getattr(self, 'unexpectedSuccesses', ())

    def stop(self):
        """Ask the running suite to stop before its next test."""
        self.shouldStop = True

    def _exc_info_to_string(self, err, test):
        """The report of an exception: its traceback without unittest's frames."""
        kind, value, tb = err
        failed = test is not None and kind is test.failureException
        text = ''.join(_exception_lines(value, tb, failed, set()))
        if self.buffer:
            text += _captured(sys.stdout.getvalue(), 'Stdout')
            text += _captured(sys.stderr.getvalue(), 'Stderr')
        return text

    def __repr__(self):
        return '<%s run=%i errors=%i failures=%i>' % (
            strclass(type(self)), self.testsRun, len(self.errors), len(self.failures))


_THIS_FILE = safe_repr.__code__.co_filename


def _is_internal(tb):
    """Whether a traceback entry belongs to unittest itself."""
    frame = getattr(tb, 'tb_frame', None)
    if frame is None:
        code = getattr(tb, '_code', None)
        return code is not None and code.co_filename == _THIS_FILE
    return '__unittest' in frame.f_globals


def _exception_lines(value, tb, failed, seen):
    """Lines of a traceback report for value and its chain, without unittest's frames;
    for a failure, the assert* helper's own frames are left out too."""
    import traceback
    seen.add(id(value))
    lines = []
    cause, context = value.__cause__, value.__context__
    if cause is not None and id(cause) not in seen:
        lines += _exception_lines(cause, cause.__traceback__, False, seen)
        lines.append('\nThe above exception was the direct cause '
                     'of the following exception:\n\n')
    elif context is not None and id(context) not in seen and not value.__suppress_context__:
        lines += _exception_lines(context, context.__traceback__, False, seen)
        lines.append('\nDuring handling of the above exception, '
                     'another exception occurred:\n\n')
    while tb is not None and _is_internal(tb):
        tb = tb.tb_next
    if tb is not None:
        limit = None
        if failed:
            limit = 0
            walk = tb
            while walk is not None and not _is_internal(walk):
                limit += 1
                walk = walk.tb_next
        frames = traceback.extract_tb(tb, limit=limit)
        if frames:
            lines.append('Traceback (most recent call last):\n')
            lines += traceback.format_list(frames)
    return lines + traceback.format_exception_only(type(value), value)


class TextTestResult(TestResult):
    """A test result that prints progress and a summary of problems to a stream."""
    __module__ = 'unittest.runner'
    separator1 = '=' * 70
    separator2 = '-' * 70

    def __init__(self, stream, descriptions, verbosity):
        super().__init__(stream, descriptions, verbosity)
        self.stream, self.descriptions = stream, descriptions
        self.showAll = verbosity > 1
        self.dots = verbosity == 1
        self._newline = True

    def getDescription(self, test):
        text = str(test)
        first_doc_line = test.shortDescription()
        if self.descriptions and first_doc_line:
            text += '\n' + first_doc_line
        return text

    def startTest(self, test):
        super().startTest(test)
        if self.showAll:
            self.stream.write(self.getDescription(test) + ' ... ')
            self.stream.flush()
            self._newline = False

    def _write_status(self, test, status):
        out = self.stream
        sub = isinstance(test, _SubTest)
        if sub or self._newline:
            if not self._newline:
                out.writeln()
            out.write(('  ' if sub else '') + self.getDescription(test) + ' ... ')
        out.writeln(status)
        out.flush()
        self._newline = True

    def _progress(self, test, word, mark, plain=False):
        """Show one outcome: `word` in verbose mode, `mark` in dots mode."""
        if self.showAll:
            if plain:
                self.stream.writeln(word)
                self.stream.flush()
            else:
                self._write_status(test, word)
        elif self.dots:
            self.stream.write(mark)
            self.stream.flush()

    def addSubTest(self, test, subtest, err):
        if err is not None:
            if issubclass(err[0], subtest.failureException):
                self._progress(subtest, 'FAIL', 'F')
            else:
                self._progress(subtest, 'ERROR', 'E')
        super().addSubTest(test, subtest, err)

    def addSuccess(self, test):
        super().addSuccess(test)
        self._progress(test, 'ok', '.')

    def addError(self, test, err):
        super().addError(test, err)
        self._progress(test, 'ERROR', 'E')

    def addFailure(self, test, err):
        super().addFailure(test, err)
        self._progress(test, 'FAIL', 'F')

    def addSkip(self, test, reason):
        super().addSkip(test, reason)
        self._progress(test, 'skipped %r' % (reason,), 's')

    def addExpectedFailure(self, test, err):
        super().addExpectedFailure(test, err)
        self._progress(test, 'expected failure', 'x', plain=True)

    def addUnexpectedSuccess(self, test):
        super().addUnexpectedSuccess(test)
        self._progress(test, 'unexpected success', 'u', plain=True)

    def printErrors(self):
        out = self.stream
        if self.dots or self.showAll:
            out.writeln()
            out.flush()
        for flavour, problems in (('ERROR', self.errors), ('FAIL', self.failures)):
            self.printErrorList(flavour, problems)
        surprises = getattr(self, 'unexpectedSuccesses', ())
        if surprises:
            out.writeln(self.separator1)
            for test in surprises:
                out.writeln('UNEXPECTED SUCCESS: ' + self.getDescription(test))
            out.flush()

    def printErrorList(self, flavour, errors):
        out = self.stream
        for test, report in errors:
            out.writeln(self.separator1)
            out.writeln('%s: %s' % (flavour, self.getDescription(test)))
            out.writeln(self.separator2)
            out.writeln('%s' % (report,))
            out.flush()


class _WritelnDecorator(object):
    """A stream wrapper adding writeln()."""
    __module__ = 'unittest.runner'

    def __init__(self, stream):
        self.stream = stream

    def __getattr__(self, attr):
        if attr == 'stream' or attr == '__getstate__':
            raise AttributeError(attr)
        return getattr(self.stream, attr)

    def writeln(self, arg=None):
        if arg:
            self.write(arg)
        self.write('\n')


class TextTestRunner(object):
    """Runs tests and reports the results as text on a stream (stderr by default)."""
    __module__ = 'unittest.runner'
    resultclass = TextTestResult

    def __init__(self, stream=None, descriptions=True, verbosity=1, failfast=False,
                 buffer=False, resultclass=None, warnings=None, *, tb_locals=False):
        self.stream = _WritelnDecorator(sys.stderr if stream is None else stream)
        self.descriptions = descriptions
        self.verbosity = verbosity
        self.failfast = failfast
        self.buffer = buffer
        self.tb_locals = tb_locals
        self.warnings = warnings
        if resultclass is not None:
            self.resultclass = resultclass

    def _makeResult(self):
        return self.resultclass(self.stream, self.descriptions, self.verbosity)

    def run(self, test):
        """Run the given test case or test suite."""
        import time
        import warnings
        result = self._makeResult()
        for setting in ('failfast', 'buffer', 'tb_locals'):
            setattr(result, setting, getattr(self, setting))
        with warnings.catch_warnings():
            mode = self.warnings
            if mode:
                warnings.simplefilter(mode)
                if mode == 'default' or mode == 'always':
                    warnings.filterwarnings('module', category=DeprecationWarning,
                                            message=r'Please use assert\w+ instead.')
            started = time.perf_counter()
            hook = getattr(result, 'startTestRun', None)
            if hook is not None:
                hook()
            try:
                test(result)
            finally:
                hook = getattr(result, 'stopTestRun', None)
                if hook is not None:
                    hook()
            elapsed = time.perf_counter() - started
        result.printErrors()
        self._summary(result, elapsed)
        return result

    def _summary(self, result, elapsed):
        out = self.stream
        if hasattr(result, 'separator2'):
            out.writeln(result.separator2)
        count = result.testsRun
        out.writeln('Ran %d test%s in %.3fs' % (count, '' if count == 1 else 's', elapsed))
        out.writeln()
        notes = []
        if result.wasSuccessful():
            out.write('OK')
        else:
            out.write('FAILED')
            notes += ['%s=%d' % (label, len(items)) for label, items in
                      (('failures', result.failures), ('errors', result.errors)) if items]
        notes += ['%s=%d' % (label, len(items)) for label, items in
                  (('skipped', result.skipped),
                   ('expected failures', result.expectedFailures),
                   ('unexpected successes', result.unexpectedSuccesses)) if items]
        out.write(' (%s)\n' % ', '.join(notes) if notes else '\n')
        out.flush()


# ------------------------------------------------------------------ suites

class _ErrorHolder(object):
    """Stands for a test in results, for errors raised by class or module fixtures."""
    __module__ = 'unittest.suite'
    failureException = None

    def __init__(self, description):
        self.description = description

    def id(self):
        return self.description

    def __str__(self):
        return self.description

    def __repr__(self):
        return '<ErrorHolder description=%r>' % (self.description,)

    def shortDescription(self):
        return None

    def countTestCases(self):
        return 0

    def run(self, result):
        return None

    __call__ = run


class BaseTestSuite(object):
    """A group of tests run in order, without class or module fixtures."""
    __module__ = 'unittest.suite'
    _cleanup = True

    def __init__(self, tests=()):
        self._tests = []
        self._removed_tests = 0
        self.addTests(tests)

    def __repr__(self):
        return '<%s tests=%s>' % (strclass(type(self)), list(self))

    def __eq__(self, other):
        if not isinstance(other, type(self)):
            return NotImplemented
        return list(other) == list(self)

    def __iter__(self):
        return iter(self._tests)

    def countTestCases(self):
        return self._removed_tests + sum(t.countTestCases() for t in self if t)

    def addTest(self, test):
        if not callable(test):
            raise TypeError('%r is not callable' % (test,))
        if isinstance(test, type) and issubclass(test, (TestCase, TestSuite)):
            raise TypeError('TestCases and TestSuites must be instantiated '
                            'before passing them to addTest()')
        self._tests.append(test)

    def addTests(self, tests):
        if isinstance(tests, str):
            raise TypeError('tests must be an iterable of tests, not a string')
        for test in tests:
            self.addTest(test)

    def _run_each(self, result, each):
        for position, test in enumerate(self):
            if result.shouldStop:
                break
            each(test)
            if self._cleanup:
                self._removeTestAtIndex(position)
        return result

    def run(self, result):
        return self._run_each(result, lambda test: test(result))

    def _removeTestAtIndex(self, index):
        """Forget a test that has run (so that it can be freed), keeping the count."""
        count = getattr(self._tests[index], 'countTestCases', None)
        if count is not None:
            self._removed_tests += count()
        self._tests[index] = None

    def __call__(self, *args, **kwds):
        return self.run(*args, **kwds)

    def debug(self):
        """Run the tests without collecting errors in a TestResult."""
        for test in self:
            test.debug()


class TestSuite(BaseTestSuite):
    """A composite test; the outermost suite also runs class and module fixtures
    (setUpClass/tearDownClass, setUpModule/tearDownModule)."""
    __module__ = 'unittest.suite'

    def run(self, result, debug=False):
        top = not getattr(result, '_testRunEntered', False)
        if top:
            result._testRunEntered = True

        def each(test):
            if isinstance(test, TestCase) and not _Fixtures(result).before(type(test)):
                return
            if debug:
                test.debug()
            else:
                test(result)
        self._run_each(result, each)
        if top:
            _Fixtures(result).finish()
            result._testRunEntered = False
        return result

    def debug(self):
        """Run the tests without collecting errors in a TestResult."""
        self.run(_DebugResult(), True)


class _Fixtures(object):
    """Class and module set-up/tear-down around the tests of a suite run; the class
    of the previous test is remembered on the result."""

    def __init__(self, result):
        self.result = result

    def before(self, cls):
        """Fixtures due before a test of cls; False if its tests cannot run."""
        result = self.result
        last = getattr(result, '_previousTestClass', None)
        if cls is not last:
            if last is not None:
                self.class_down(last)
            if last is None or last.__module__ != cls.__module__:
                if last is not None:
                    self.module_down(last.__module__)
                self.module_up(cls.__module__)
            self.class_up(cls)
            result._previousTestClass = cls
        if getattr(result, '_moduleSetUpFailed', False):
            return False
        return not getattr(cls, '_classSetupFailed', False)

    def finish(self):
        last = getattr(self.result, '_previousTestClass', None)
        if last is not None:
            self.class_down(last)
            self.module_down(last.__module__)
        self.result._previousTestClass = None

    def error(self, exc, hook, owner, info=None):
        result = self.result
        if isinstance(result, _DebugResult):
            raise exc
        holder = _ErrorHolder('%s (%s)' % (hook, owner))
        if isinstance(exc, SkipTest) and hasattr(result, 'addSkip'):
            result.addSkip(holder, str(exc))
        else:
            result.addError(holder, info or (type(exc), exc, exc.__traceback__))

    def _capture(self):
        hook = getattr(self.result, '_setupStdout', None)
        if hook is not None:
            hook()

    def _release(self):
        hook = getattr(self.result, '_restoreStdout', None)
        if hook is not None:
            hook()

    def class_up(self, cls):
        if self.result._moduleSetUpFailed or getattr(cls, '__unittest_skip__', False):
            return
        cls._classSetupFailed = False
        self._capture()
        try:
            try:
                cls.setUpClass()
            except Exception as exc:
                cls._classSetupFailed = True
                self.error(exc, 'setUpClass', strclass(cls))
                self.class_cleanups(cls, 'setUpClass')
        finally:
            self._release()

    def class_cleanups(self, cls, hook):
        run_cleanups = getattr(cls, 'doClassCleanups', None)
        if run_cleanups is not None:
            run_cleanups()
            for info in cls.tearDown_exceptions:
                self.error(info[1], hook, strclass(cls), info)

    def class_down(self, cls):
        if self.result._moduleSetUpFailed or getattr(cls, '_classSetupFailed', False):
            return
        if getattr(cls, '__unittest_skip__', False):
            return
        hook = getattr(cls, 'tearDownClass', None)
        if hook is None and getattr(cls, 'doClassCleanups', None) is None:
            return
        self._capture()
        try:
            if hook is not None:
                try:
                    hook()
                except Exception as exc:
                    self.error(exc, 'tearDownClass', strclass(cls))
            self.class_cleanups(cls, 'tearDownClass')
        finally:
            self._release()

    def module_up(self, name):
        result = self.result
        result._moduleSetUpFailed = False
        hook = getattr(sys.modules.get(name), 'setUpModule', None)
        if hook is None:
            return
        self._capture()
        try:
            try:
                hook()
            except Exception as exc:
                result._moduleSetUpFailed = True
                self.error(exc, 'setUpModule', name)
                self.module_cleanups(name, 'setUpModule')
        finally:
            self._release()

    def module_cleanups(self, name, hook):
        try:
            doModuleCleanups()
        except Exception as exc:
            self.error(exc, hook, name)

    def module_down(self, name):
        if self.result._moduleSetUpFailed:
            return
        module = sys.modules.get(name)
        if module is None:
            return
        self._capture()
        try:
            hook = getattr(module, 'tearDownModule', None)
            if hook is not None:
                try:
                    hook()
                except Exception as exc:
                    self.error(exc, 'tearDownModule', name)
            self.module_cleanups(name, 'tearDownModule')
        finally:
            self._release()


class _DebugResult(object):
    """Stands for a result while a suite runs in debug mode (errors propagate)."""
    _previousTestClass = None
    _moduleSetUpFailed = False
    shouldStop = False


# ------------------------------------------------------------------ TestLoader

def _is_test_class(obj):
    return isinstance(obj, type) and issubclass(obj, TestCase)


class TestLoader(object):
    """Builds test suites from test case classes, modules and names."""
    __module__ = 'unittest.loader'
    testMethodPrefix = 'test'
    sortTestMethodsUsing = staticmethod(lambda x, y: (x > y) - (x < y))
    testNamePatterns = None
    suiteClass = TestSuite

    def __init__(self):
        self.errors = []

    def loadTestsFromTestCase(self, testCaseClass):
        """A suite of one test per test method of testCaseClass."""
        if issubclass(testCaseClass, TestSuite):
            raise TypeError('Test cases should not be derived from TestSuite. '
                            'Maybe you meant to derive from TestCase?')
        names = self.getTestCaseNames(testCaseClass)
        if not names and hasattr(testCaseClass, 'runTest'):
            names = ['runTest']
        return self.suiteClass([testCaseClass(name) for name in names])

    def loadTestsFromModule(self, module, *args, pattern=None, **kws):
        """A suite of the tests of every TestCase class in module (or what the
        module's load_tests(loader, tests, pattern) returns)."""
        found = [self.loadTestsFromTestCase(obj)
                 for obj in (getattr(module, name) for name in dir(module))
                 if _is_test_class(obj)]
        suite = self.suiteClass(found)
        hook = getattr(module, 'load_tests', None)
        if hook is None:
            return suite
        return hook(self, suite, pattern)

    def loadTestsFromName(self, name, module=None):
        """The tests named by a dotted name (module, class, method or callable)."""
        import traceback
        path = name.split('.')
        failed = None
        if module is None:
            # Import the longest importable prefix of the name.
            for cut in range(len(path), 0, -1):
                try:
                    module = __import__('.'.join(path[:cut]))
                    break
                except ImportError:
                    failed = (path[cut - 1], 'Failed to import test module: %s\n%s'
                              % (path[cut - 1], traceback.format_exc()))
                    if cut == 1:
                        return self._failed_test(failed[0], ImportError(failed[1]),
                                                 failed[1])
            path = path[1:]
        owner, obj = None, module
        for attr in path:
            try:
                owner, obj = obj, getattr(obj, attr)
            except AttributeError as exc:
                if getattr(obj, '__path__', None) is not None and failed is not None:
                    return self._failed_test(failed[0], ImportError(failed[1]), failed[1])
                return self._failed_test(attr, exc, 'Failed to access attribute:\n%s'
                                         % (traceback.format_exc(),))
        if isinstance(obj, type(sys)):
            return self.loadTestsFromModule(obj)
        if _is_test_class(obj):
            return self.loadTestsFromTestCase(obj)
        if callable(obj) and _is_test_class(owner):
            return self.suiteClass([owner(path[-1])])
        if isinstance(obj, TestSuite):
            return obj
        if not callable(obj):
            raise TypeError("don't know how to make test from: %s" % (obj,))
        made = obj()
        if isinstance(made, TestSuite):
            return made
        if isinstance(made, TestCase):
            return self.suiteClass([made])
        raise TypeError('calling %s returned %s, not a test' % (obj, made))

    def _failed_test(self, name, exc, message):
        """A suite whose one test raises exc: what a name that cannot be loaded gives."""
        self.errors.append(message)

        def failing(self):
            raise exc
        stand_in = type('_FailedTest', (TestCase,), {name: failing})
        stand_in.__module__ = 'unittest.loader'
        return self.suiteClass((stand_in(name),))

    def loadTestsFromNames(self, names, module=None):
        """A suite of the suites for each name."""
        return self.suiteClass([self.loadTestsFromName(n, module) for n in names])

    def getTestCaseNames(self, testCaseClass):
        """Sorted names of the test methods of testCaseClass."""
        prefix = self.testMethodPrefix
        patterns = self.testNamePatterns
        qualified = '%s.%s.' % (testCaseClass.__module__, testCaseClass.__qualname__)
        names = []
        for attr in dir(testCaseClass):
            if not attr.startswith(prefix):
                continue
            if not callable(getattr(testCaseClass, attr)):
                continue
            if patterns is not None and not any(_glob_match(qualified + attr, p)
                                                for p in patterns):
                continue
            names.append(attr)
        order = self.sortTestMethodsUsing
        if order:
            import functools
            names.sort(key=functools.cmp_to_key(order))
        return names

    def discover(self, start_dir, pattern='test*.py', top_level_dir=None):
        """Import the modules matching pattern under start_dir and load their tests."""
        import os
        start = os.path.abspath(start_dir)
        top = start if top_level_dir is None else os.path.abspath(top_level_dir)
        if top not in sys.path:
            sys.path.insert(0, top)
        if not os.path.isdir(start):
            raise ImportError('Start directory is not importable: %r' % start)
        return self.suiteClass(list(self._walk(start, pattern, top)))

    def _walk(self, folder, pattern, top):
        import os
        for entry in sorted(os.listdir(folder)):
            full = os.path.join(folder, entry)
            if os.path.isfile(full):
                if not (entry.endswith('.py') and entry[:-3].isidentifier()
                        and _glob_match(entry, pattern)):
                    continue
            elif not (os.path.isdir(full) and entry.isidentifier()
                      and os.path.isfile(os.path.join(full, '__init__.py'))):
                continue
            loaded = self._load_path(full, top)
            if isinstance(loaded, TestCase):
                yield self.suiteClass([loaded])
                continue
            yield self.loadTestsFromModule(loaded, pattern=pattern)
            # A package with load_tests decides about its own subtree.
            if os.path.isdir(full) and getattr(loaded, 'load_tests', None) is None:
                yield from self._walk(full, pattern, top)

    def _load_path(self, path, top):
        """The module at path, or a test standing for its skip or import error."""
        import os
        dotted = os.path.relpath(path, top)
        if dotted.endswith('.py'):
            dotted = dotted[:-3]
        dotted = dotted.replace(os.sep, '.')
        try:
            __import__(dotted)
            return sys.modules[dotted]
        except SkipTest as exc:
            why = str(exc)

            def skipped(self):
                raise SkipTest(why)
            return type('ModuleSkipped', (TestCase,), {dotted: skipped})(dotted)
        except Exception:
            import traceback
            report = 'Failed to import test module: %s\n%s' % (dotted,
                                                               traceback.format_exc())
            self.errors.append(report)

            def failing(self):
                raise ImportError(report)
            stand_in = type(dotted, (TestCase,), {dotted: failing})
            stand_in.__module__ = 'unittest.loader'
            stand_in.__qualname__ = '_FailedTest'
            return stand_in(dotted)


defaultTestLoader = TestLoader()


# ------------------------------------------------------------------ main

_USAGE_TAIL = """\
Examples:
  %(prog)s                           - run default set of tests
  %(prog)s MyTestSuite               - run suite 'MyTestSuite'
  %(prog)s MyTestCase.testSomething  - run MyTestCase.testSomething
  %(prog)s MyTestCase                - run all 'test*' test methods
                                       in MyTestCase
"""

# (attribute, flags, help) of switches offered only when the matching
# TestProgram argument is None.
_SWITCHES = (
    ('failfast', ('-f', '--failfast'), 'Stop on first fail or error'),
    ('catchbreak', ('-c', '--catch'), 'Catch Ctrl-C and display results so far'),
    ('buffer', ('-b', '--buffer'), 'Buffer stdout and stderr during tests'),
)


def _as_pattern(text):
    if '*' in text:
        return text
    return '*' + text + '*'


class TestProgram(object):
    """A command-line program that runs a set of tests."""
    __module__ = 'unittest.main'

    def __init__(self, module='__main__', defaultTest=None, argv=None, testRunner=None,
                 testLoader=defaultTestLoader, exit=True, verbosity=1, failfast=None,
                 catchbreak=None, buffer=None, warnings=None, *, tb_locals=False):
        if isinstance(module, str):
            target = __import__(module)
            for attr in module.split('.')[1:]:
                target = getattr(target, attr)
            module = target
        self.module = module
        if argv is None:
            argv = sys.argv
        self.exit = exit
        self.failfast = failfast
        self.catchbreak = catchbreak
        self.verbosity = verbosity
        self.buffer = buffer
        self.tb_locals = tb_locals
        if warnings is None and not sys.warnoptions:
            warnings = 'default'
        self.warnings = warnings
        self.defaultTest = defaultTest
        self.testRunner = testRunner
        self.testLoader = testLoader
        import os
        prog = os.path.basename(argv[0]) if argv else 'python'
        if prog == '__main__.py':
            prog = 'python -m ' + os.path.basename(os.path.dirname(argv[0]))
        self.progName = prog
        self.testNamePatterns = None
        self.parseArgs(argv)
        self.runTests()

    def _help(self, *args, **kwargs):
        print(self._main_parser.format_help())
        print(_USAGE_TAIL % {'prog': self.progName})

    def _parser(self):
        import argparse
        shared = argparse.ArgumentParser(add_help=False)
        shared.add_argument('-v', '--verbose', dest='verbosity', action='store_const',
                            const=2, help='Verbose output')
        shared.add_argument('-q', '--quiet', dest='verbosity', action='store_const',
                            const=0, help='Quiet output')
        shared.add_argument('--locals', dest='tb_locals', action='store_true',
                            help='Show local variables in tracebacks')
        for attr, flags, text in _SWITCHES:
            if getattr(self, attr) is None:
                shared.add_argument(*flags, dest=attr, action='store_true', help=text)
                setattr(self, attr, False)
        if self.testNamePatterns is None:
            shared.add_argument('-k', dest='testNamePatterns', action='append',
                                type=_as_pattern,
                                help='Only run tests which match the given substring')
            self.testNamePatterns = []
        parser = argparse.ArgumentParser(parents=[shared])
        parser.prog = self.progName
        parser.print_help = self._help
        parser.add_argument('tests', nargs='*', help='a list of any number of test '
                            'modules, classes and test methods.')
        return parser

    def parseArgs(self, argv):
        self._main_parser = self._parser()
        self._main_parser.parse_args(argv[1:], self)
        if self.tests:
            self.testNames = self.tests
            if __name__ == '__main__':
                self.module = None
        elif self.module is None and self.defaultTest is None:
            # `python -m unittest` without names: discover from the current folder.
            self.testNames = None
            self.test = self.testLoader.discover('.', 'test*.py', None)
            return
        elif self.defaultTest is None:
            self.testNames = None
        elif isinstance(self.defaultTest, str):
            self.testNames = (self.defaultTest,)
        else:
            self.testNames = list(self.defaultTest)
        self.createTests()

    def createTests(self, from_discovery=False, Loader=None):
        loader = self.testLoader
        if self.testNamePatterns:
            loader.testNamePatterns = self.testNamePatterns
        if self.testNames is None:
            self.test = loader.loadTestsFromModule(self.module)
        else:
            self.test = loader.loadTestsFromNames(self.testNames, self.module)

    def runTests(self):
        runner = self.testRunner
        if runner is None:
            runner = TextTestRunner
        if isinstance(runner, type):
            settings = dict(verbosity=self.verbosity, failfast=self.failfast,
                            buffer=self.buffer, warnings=self.warnings,
                            tb_locals=self.tb_locals)
            # Older runner classes may not know tb_locals, or any of these.
            for drop in (False, True):
                if drop:
                    del settings['tb_locals']
                try:
                    runner = runner(**settings)
                    break
                except TypeError:
                    pass
            else:
                runner = runner()
        self.result = runner.run(self.test)
        if self.exit:
            sys.exit(not self.result.wasSuccessful())


main = TestProgram


def installHandler():
    """Ctrl-C handling is not available in the sandbox: does nothing."""


def removeHandler(method=None):
    if method is not None:
        return method
    return None


def registerResult(result):
    """Ctrl-C handling is not available in the sandbox: does nothing."""


def removeResult(result):
    return False


# ------------------------------------------------------------------ async tests

def _finish(coro):
    """Run a coroutine to its end; there is no event loop, so it must not suspend."""
    try:
        waited = coro.send(None)
    except StopIteration as done:
        return done.value
    coro.close()
    raise RuntimeError('cannot await %r: no asyncio event loop in this interpreter'
                       % (waited,))


def _settle(value):
    if hasattr(value, 'send') and hasattr(value, '__await__'):
        return _finish(value)
    return value


class IsolatedAsyncioTestCase(TestCase):
    """A TestCase whose tests, asyncSetUp/asyncTearDown and cleanups may be coroutines
    (run without an event loop: they may await only other coroutines)."""
    __module__ = 'unittest.async_case'

    async def asyncSetUp(self):
        pass

    async def asyncTearDown(self):
        pass

    def addAsyncCleanup(self, func, /, *args, **kwargs):
        self.addCleanup(func, *args, **kwargs)

    async def enterAsyncContext(self, cm):
        kind = type(cm)
        enter = getattr(kind, '__aenter__', None)
        leave = getattr(kind, '__aexit__', None)
        if enter is None or leave is None:
            raise TypeError("'%s.%s' object does not support the asynchronous context "
                            "manager protocol" % (kind.__module__, kind.__qualname__))
        value = await enter(cm)
        self.addAsyncCleanup(leave, cm, None, None, None)
        return value

    def _callSetUp(self):
        self.setUp()
        _settle(self.asyncSetUp())

    def _callTestMethod(self, method):
        if _settle(method()) is not None:
            _warn_return_value(method, 6)

    def _callTearDown(self):
        _settle(self.asyncTearDown())
        self.tearDown()

    def _callCleanup(self, function, *args, **kwargs):
        _settle(function(*args, **kwargs))


# -- deprecated module-level loader helpers (removed in 3.13) -----------------

def _old_loader(api, replacement, prefix, sortUsing, suiteClass=None):
    import warnings
    warnings.warn("unittest.%s() is deprecated and will be removed in Python 3.13. "
                  "Please use unittest.TestLoader.%s() instead." % (api, replacement),
                  DeprecationWarning, stacklevel=3)
    loader = TestLoader()
    loader.sortTestMethodsUsing = sortUsing
    loader.testMethodPrefix = prefix
    if suiteClass:
        loader.suiteClass = suiteClass
    return loader


def getTestCaseNames(testCaseClass, prefix, sortUsing=TestLoader.sortTestMethodsUsing):
    return _old_loader('getTestCaseNames', 'getTestCaseNames', prefix,
                       sortUsing).getTestCaseNames(testCaseClass)


def makeSuite(testCaseClass, prefix='test', sortUsing=TestLoader.sortTestMethodsUsing,
              suiteClass=TestSuite):
    return _old_loader('makeSuite', 'loadTestsFromTestCase', prefix, sortUsing,
                       suiteClass).loadTestsFromTestCase(testCaseClass)


def findTestCases(module, prefix='test', sortUsing=TestLoader.sortTestMethodsUsing,
                  suiteClass=TestSuite):
    return _old_loader('findTestCases', 'loadTestsFromModule', prefix, sortUsing,
                       suiteClass).loadTestsFromModule(module)


from unittest import case, loader, result, runner, suite, util  # noqa: E402,F401
