# Runner/program paths: failfast with subtests, -k patterns, runner classes that
# take fewer arguments, fixture errors, debug(), buffered output.
import io
import sys
import unittest


def run(*tests, **kw):
    out = io.StringIO()
    result = unittest.TextTestRunner(stream=out, **kw).run(unittest.TestSuite(tests))
    text = out.getvalue()
    # the timing line varies: drop it
    print('\n'.join(l for l in text.splitlines() if not l.startswith('Ran ')))
    return result


class Sub(unittest.TestCase):
    def test_a(self):
        for i in range(3):
            with self.subTest(i=i):
                self.assertLess(i, 1)

    def test_b(self):
        pass


r = run(Sub('test_a'), Sub('test_b'), failfast=True, verbosity=2)
print(r.testsRun, r.shouldStop)
r = run(Sub('test_a'), Sub('test_b'), verbosity=0)
print(r.testsRun, len(r.failures))


class Noisy(unittest.TestCase):
    def test_out(self):
        print('to stdout')
        sys.stderr.write('to stderr')
        self.fail('noisy')

    def test_quiet(self):
        print('hidden')


saved = sys.stdout, sys.stderr
sys.stderr = sys.stdout
r = run(Noisy('test_out'), Noisy('test_quiet'), buffer=True)
sys.stdout, sys.stderr = saved
print(r.failures[0][1].split('AssertionError: noisy')[1])


class Fix(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.addClassCleanup(print, 'class cleanup')
        raise unittest.SkipTest('whole class')

    def test_x(self):
        print('never')


class Broken(unittest.TestCase):
    @classmethod
    def tearDownClass(cls):
        raise RuntimeError('teardown broke')

    def test_y(self):
        pass


r = run(Fix('test_x'), Broken('test_y'))
print([str(t) for t, _ in r.skipped], [str(t) for t, _ in r.errors])
print(r.errors[0][1].strip().splitlines()[-1])


class Dbg(unittest.TestCase):
    def test_z(self):
        raise KeyError('debugging')


try:
    unittest.TestSuite([Dbg('test_z')]).debug()
except KeyError as e:
    print('debug raised', e)


# A module to drive TestProgram with.
mod = type(sys)('progmod')
sys.modules['progmod'] = mod


class Names(unittest.TestCase):
    def test_alpha(self):
        pass

    def test_beta(self):
        pass

    def test_gamma1(self):
        pass


Names.__module__ = 'progmod'
mod.Names = Names


class Plain:
    def __init__(self):
        print('Plain() takes no options')

    def run(self, test):
        print('plain runner ran', test.countTestCases())
        return unittest.TestResult()


class Partial:
    def __init__(self, verbosity, failfast, buffer, warnings):
        print('Partial', verbosity, failfast, buffer, warnings)

    def run(self, test):
        print('partial runner ran', test.countTestCases())
        return unittest.TestResult()


for argv in (['prog', '-k', 'a'], ['prog', '-k', 'gamma[0-9]'], ['prog', '-k', '*beta'],
             ['prog', '-k', 'ph', '-k', 'mm'], ['prog', 'Names.test_beta']):
    loader = unittest.TestLoader()
    p = unittest.main(module='progmod', argv=argv, testRunner=Plain, exit=False,
                      testLoader=loader)
    print(argv[1:], loader.testNamePatterns, [t.id() for t in p.test._tests[0]]
          if argv[1] == '-k' else p.testNames)
p = unittest.main(module=mod, argv=['prog', '-q', '-b', '-f'], testRunner=Partial,
                  exit=False)
print(p.verbosity, p.buffer, p.failfast, p.catchbreak, p.result.wasSuccessful())
