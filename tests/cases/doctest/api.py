# doctest API: parser, examples, run_docstring_examples, testfile, DocTestFinder, flags
import doctest
import os

p = doctest.DocTestParser()
text = """
Some text.
    >>> x = 1
    >>> x + 1
    2
    >>> for i in range(2):
    ...     print(i)
    0
    1
    >>> raise KeyError('k')
    Traceback (most recent call last):
    KeyError: 'k'
"""
for ex in p.get_examples(text, 'demo'):
    print(repr(ex.source), repr(ex.want), repr(ex.exc_msg), ex.lineno, ex.indent, ex.options)
parts = p.parse(text)
print(len(parts), [type(x).__name__ for x in parts])
t = p.get_doctest(text, {}, 'demo', 'demo.txt', 10)
print(t)
print(repr(doctest.script_from_examples(text)))

for bad in ['>>>x', '  >>> a\n b', '>>> 1  # doctest: +NOPE\n1', '>>> # doctest: +ELLIPSIS\n']:
    try:
        p.get_examples(bad, 'bad')
    except ValueError as e:
        print('ValueError:', e)

print(doctest.ELLIPSIS, doctest.SKIP, doctest.REPORT_NDIFF, doctest.FAIL_FAST,
      doctest.COMPARISON_FLAGS, doctest.REPORTING_FLAGS)
print(sorted(doctest.OPTIONFLAGS_BY_NAME.items(), key=lambda kv: kv[1]))

c = doctest.OutputChecker()
print(c.check_output('[0, ..., 9]\n', '[0, 1, 2, 9]\n', doctest.ELLIPSIS))
print(c.check_output('a  b\n', 'a b\n', 0), c.check_output('a  b\n', 'a b\n', doctest.NORMALIZE_WHITESPACE))
print(c.check_output('1\n', 'True\n', 0), c.check_output('1\n', 'True\n', doctest.DONT_ACCEPT_TRUE_FOR_1))


def sq(n):
    """
    >>> sq(3)
    9
    >>> sq(2)
    5
    """
    return n * n


doctest.run_docstring_examples(sq, {'sq': sq})
doctest.run_docstring_examples(sq, {'sq': sq}, name='sq')
doctest.run_docstring_examples(sq, {'sq': sq}, verbose=True, name='sq')

fn = 'dt_tmp_file.txt'
with open(fn, 'w') as f:
    f.write("""A text file.

>>> a = [1, 2]
>>> a.append(3)
>>> a
[1, 2, 3]
>>> len(a)
4
>>> print('x' * 3)
xxx
""")
try:
    print(doctest.testfile(fn))
    print(doctest.testfile(fn, verbose=True))
    print(doctest.testfile(fn, report=False))
    print(doctest.testfile(fn, module_relative=False, name='custom'))
finally:
    os.remove(fn)

finder = doctest.DocTestFinder()
tests = finder.find(sq)
print(tests, [len(t.examples) for t in tests])
runner = doctest.DocTestRunner(verbose=False)
for t in doctest.DocTestFinder().find(sq, 'sq', globs={'sq': sq}):
    print(runner.run(t))
print(runner.summarize())
print(runner.summarize(verbose=True))


def flags():
    """
    >>> print(list(range(30)))
    [0, 1, 2, ..., 29]
    >>> print('a\\nb\\nc\\nd\\ne')
    a
    B
    c
    d
    e
    """


doctest.run_docstring_examples(flags, {}, optionflags=doctest.ELLIPSIS | doctest.REPORT_UDIFF)
doctest.run_docstring_examples(flags, {}, optionflags=doctest.REPORT_NDIFF)
doctest.run_docstring_examples(flags, {}, optionflags=doctest.REPORT_CDIFF)
doctest.run_docstring_examples(flags, {}, optionflags=doctest.REPORT_ONLY_FIRST_FAILURE)
doctest.run_docstring_examples(flags, {}, optionflags=doctest.FAIL_FAST)
