# TestLoader and TestSuite: method discovery, sorting, prefixes, names, counts, reprs.
import sys
import unittest


class Alpha(unittest.TestCase):
    def test_b(self):
        pass

    def test_a(self):
        pass

    def test_C(self):
        pass

    def check_x(self):
        pass

    test_not_callable = 3

    def helper(self):
        pass


class Beta(Alpha):
    def test_extra(self):
        pass


class NoTests(unittest.TestCase):
    def runTest(self):
        pass


loader = unittest.TestLoader()
print(loader.getTestCaseNames(Alpha))
print(loader.getTestCaseNames(Beta))
suite = loader.loadTestsFromTestCase(Alpha)
print(suite)
print(suite.countTestCases(), [t.id() for t in suite])
print(loader.loadTestsFromTestCase(NoTests))

loader.testMethodPrefix = "check"
print(loader.getTestCaseNames(Alpha))
loader = unittest.TestLoader()
loader.sortTestMethodsUsing = lambda a, b: (a < b) - (a > b)
print(loader.getTestCaseNames(Alpha))
loader.sortTestMethodsUsing = None
print(sorted(loader.getTestCaseNames(Alpha)) == sorted(unittest.TestLoader().getTestCaseNames(Alpha)))

loader = unittest.TestLoader()
mod_suite = loader.loadTestsFromModule(sys.modules[__name__])
print(mod_suite.countTestCases())
print([[t.id() for t in s] for s in mod_suite])

print(loader.loadTestsFromName("Alpha.test_a", sys.modules[__name__]))
print(loader.loadTestsFromNames(["Beta", "NoTests"], sys.modules[__name__]).countTestCases())

loader.testNamePatterns = ["*_a", "*extra*"]
print(loader.getTestCaseNames(Beta))

s = unittest.TestSuite([Alpha("test_a"), unittest.TestSuite([Alpha("test_b"), Beta("test_a")])])
print(s.countTestCases(), len(list(s)))
s.addTest(NoTests())
print(s.countTestCases())
for bad in (Alpha, 5):
    try:
        s.addTest(bad)
    except TypeError as e:
        print("TypeError:", e)
try:
    s.addTests("abc")
except TypeError as e:
    print("TypeError:", e)
try:
    Alpha("nope")
except ValueError as e:
    print("ValueError:", e)

t = Alpha("test_a")
print(str(t), repr(t), t.id(), t == Alpha("test_a"), t == Alpha("test_b"),
      hash(t) == hash(Alpha("test_a")), t.countTestCases(), t.shortDescription())
print(unittest.TestSuite() == unittest.TestSuite(), unittest.TestSuite([t]) == unittest.TestSuite())
try:
    loader.loadTestsFromTestCase(unittest.TestSuite)
except TypeError as e:
    print("TypeError:", e)
