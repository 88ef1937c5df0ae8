# Edge cases of assertion messages, results and fixtures (checks the rewritten package).
import io
import unittest
import warnings


class T(unittest.TestCase):
    def runTest(self):
        pass


t = T()


def show(name, *args, **kwargs):
    try:
        getattr(t, name)(*args, **kwargs)
    except AssertionError as e:
        print('%s: %s' % (name, e))
    except TypeError as e:
        print('%s: TypeError: %s' % (name, e))
    else:
        print('%s: passed' % name)


class NoIndex:
    def __len__(self):
        return 3

    def __eq__(self, other):
        return False

    def __getitem__(self, i):
        raise TypeError('no')

    def __repr__(self):
        return 'NoIndex()'


class Short(list):
    def __getitem__(self, i):
        if i >= 2:
            raise IndexError(i)
        return list.__getitem__(self, i)


# sequences
show('assertSequenceEqual', [1, 2], (1, 2))
show('assertSequenceEqual', [1, 2, 3], [1, 2])
show('assertSequenceEqual', [1], [1, 2, 3])
show('assertSequenceEqual', NoIndex(), [1, 2, 3])
show('assertSequenceEqual', [1, 2, 3], NoIndex())
show('assertSequenceEqual', Short([1, 2, 3]), [1, 2])
show('assertSequenceEqual', 5, [1])
show('assertSequenceEqual', [1], 5)
show('assertListEqual', (1,), [1])
show('assertListEqual', [1], (1,))
show('assertTupleEqual', (1, 2), (1, 3))
show('assertSequenceEqual', 'abc', 'abd', seq_type=str)
show('assertSequenceEqual', list(range(100)), list(range(99)) + [7])
# sets
show('assertSetEqual', {1, 2}, {2, 3})
show('assertSetEqual', {1}, set())
show('assertSetEqual', set(), {(1, 2)})
show('assertSetEqual', 1, {1})
show('assertSetEqual', {1}, 1)
show('assertSetEqual', {1}, [1])
show('assertSetEqual', frozenset({4}), {4})
# dicts and strings
show('assertDictEqual', {'a': 1}, [])
show('assertDictEqual', [], {'a': 1})
show('assertDictEqual', {'a': 1, 'b': [1, 2]}, {'a': 1, 'b': [1, 3]})
show('assertMultiLineEqual', 'x', 1)
show('assertMultiLineEqual', 1, 'x')
show('assertMultiLineEqual', 'one\ntwo\n', 'one\nthree\n')
show('assertMultiLineEqual', 'abc', 'abd')
show('assertEqual', 'a' * 100 + 'X', 'a' * 100 + 'Y')
show('assertEqual', 'a' * 30 + 'X' * 100, 'a' * 30 + 'Y' * 100)
# counts, including unhashable elements
show('assertCountEqual', [1, 1, 2], [1, 2, 2, 3])
show('assertCountEqual', [[1], [1], {}], [[1], {}, {}])
show('assertCountEqual', [[1]], [[1]])
show('assertCountEqual', 'aab', 'abb')
# almost equal
show('assertNotAlmostEqual', 1.0, 1.0)
show('assertNotAlmostEqual', 1.0, 1.0000000001)
show('assertNotAlmostEqual', 1.0, 1.5)
show('assertNotAlmostEqual', 1.0, 1.5, delta=1)
show('assertNotAlmostEqual', 1.0, 3.5, delta=1)
show('assertNotAlmostEqual', 1.0, 1.04, places=1)
show('assertAlmostEqual', 1.0, 2.0, places=2, delta=1)
show('assertNotAlmostEqual', 1.0, 2.0, places=2, delta=1)
# regexes
show('assertRegex', 'hello', 'h.z')
show('assertRegex', 'hello', 'h.l')
show('assertNotRegex', 'hello', 'l+')
# long message off
t.longMessage = False
show('assertEqual', 1, 2, 'mine')
show('assertEqual', 1, 2)
t.longMessage = True
t.maxDiff = None
show('assertListEqual', list(range(30)), list(range(1, 31)))
t.maxDiff = 640

# assertRaises argument checks
show('assertRaises', 3)
show('assertRaises', (ValueError, 3))
show('assertWarns', ValueError)
try:
    t.assertRaises(ValueError, bogus=1)
except TypeError as e:
    print('TypeError:', e)
with t.assertRaises((KeyError, IndexError)) as cm:
    [][1]
print(type(cm.exception).__name__, cm.exception.__traceback__)
show('assertRaises', KeyError, lambda: None)
show('assertRaises', KeyError, len, [])
show('assertRaisesRegex', ValueError, 'abc', int, 'xyz')
try:
    with t.assertRaises(KeyError, msg='note'):
        pass
except AssertionError as e:
    print(e)
try:
    with t.assertRaises(KeyError):
        raise ValueError('passes through')
except ValueError as e:
    print('propagated', e)


def warn_twice():
    warnings.warn('first one', UserWarning)
    warnings.warn('second one', UserWarning)


show('assertWarnsRegex', UserWarning, 'second', warn_twice)
show('assertWarnsRegex', UserWarning, 'third', warn_twice)
show('assertWarns', DeprecationWarning, warn_twice)
with t.assertWarns(UserWarning) as wcm:
    warn_twice()
print(wcm.warning, wcm.lineno > 0, wcm.filename.endswith('.py'))

# deprecated aliases warn and delegate
with warnings.catch_warnings(record=True) as got:
    warnings.simplefilter('always')
    t.assertEquals(1, 1)
    t.failUnless(True)
    show('assertNotEquals', 2, 2)
print([str(w.message) for w in got])


# results of a hand-run suite
class Cases(unittest.TestCase):
    @unittest.expectedFailure
    def test_xfail_sub(self):
        with self.subTest(k=1):
            self.assertEqual(1, 2)
        print('not reached')

    @unittest.expectedFailure
    def test_xpass(self):
        pass

    def test_nested(self):
        with self.subTest('outer', a=1, b=2):
            with self.subTest(b=3, c=4):
                self.fail('inner')
        with self.subTest():
            raise KeyError('k')

    def test_skip_in_sub(self):
        with self.subTest(i=0):
            self.skipTest('inside')
        print('after skipped subtest')

    @unittest.skip
    def test_bare_skip(self):
        pass

    def test_cleanup_error(self):
        self.addCleanup(lambda: 1 / 0)
        self.addCleanup(print, 'cleanup', 'ran', sep='-')


result = unittest.TestResult()
suite = unittest.defaultTestLoader.loadTestsFromTestCase(Cases)
print(suite.countTestCases())
suite.run(result)
print(result, suite.countTestCases(), list(suite))
print(len(result.expectedFailures), result.unexpectedSuccesses)
for test, text in result.failures + result.errors:
    print(test, '|', text.strip().splitlines()[-1])
for test, why in result.skipped:
    print('skip', test, repr(why))
print(result.wasSuccessful())


class NoSkipResult:
    failfast = False
    shouldStop = False

    def startTest(self, test):
        print('start', test.id())

    def stopTest(self, test):
        print('stop')

    def addSuccess(self, test):
        print('success', test)

    def addFailure(self, test, err):
        print('failure', err[0].__name__)


with warnings.catch_warnings(record=True) as got:
    warnings.simplefilter('always')
    Cases('test_bare_skip').run(NoSkipResult())
    Cases('test_xpass').run(NoSkipResult())
    Cases('test_xfail_sub').run(NoSkipResult())
print([str(w.message) for w in got])

# FunctionTestCase
def check_fn():
    """Checks something.
    More lines."""


f1 = unittest.FunctionTestCase(check_fn)
f2 = unittest.FunctionTestCase(check_fn)
f3 = unittest.FunctionTestCase(check_fn, description='described')
print(f1 == f2, f1 == f3, hash(f1) == hash(f2), str(f1), f1.id())
print(f1.shortDescription(), '|', f3.shortDescription())
print(unittest.FunctionTestCase(lambda: None).shortDescription())
try:
    T('nope')
except ValueError as e:
    print(e)
print(T().shortDescription(), T()._testMethodDoc)

# suite API
s = unittest.TestSuite()
for bad in (3, Cases, 'abc'):
    try:
        s.addTests(bad) if isinstance(bad, str) else s.addTest(bad)
    except TypeError as e:
        print('TypeError:', e)
s.addTests([Cases('test_xpass'), unittest.TestSuite([Cases('test_nested')])])
print(s.countTestCases(), s == unittest.TestSuite(list(s)), s)
out = io.StringIO()
runner = unittest.TextTestRunner(stream=out, verbosity=2)
r = runner.run(s)
text = out.getvalue()
print(text[:text.index('Ran ')].rstrip())
print(text[text.index('s\n\n') + 3:])
print(s.countTestCases(), list(s))
