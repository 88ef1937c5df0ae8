# assertEqual failure messages with ndiff output for str, list, tuple and dict, and maxDiff.
import unittest
t = unittest.TestCase()
cases = [
    ("abc", "abd"), ("hello world", "hello there world"), ("a\nb\nc\n", "a\nB\nc\n"),
    ("one\ntwo\nthree", "one\nthree\nfour"), ("x" * 100, "x" * 99 + "y"),
    ("same line\nfoo bar baz\n", "same line\nfoo baz bar\n"), ("\tindented\n", "    indented\n"),
    ([1, 2, 3], [1, 2, 4]), ([1, 2], [1, 2, 3]), ((1, "a"), (1, "b")),
    ({"a": 1, "b": 2}, {"a": 1, "b": 3}), (list(range(30)), list(range(1, 31))),
    ({"k%d" % i: i for i in range(12)}, {"k%d" % i: i * (i != 5) for i in range(12)}),
    ("completely different", "nothing alike at all"), ("line1\nline2\n", "line1\n"),
    ("first\nsecond\nthird\n", "zeroth\nfirst\nsecond\nthird\n"),
    (["apple", "banana", "cherry"], ["apple", "blueberry", "cherry", "date"]),
    ("The quick brown fox jumps over the lazy dog\n" * 3, "The quick brown fox jumped over the lazy dog\n" * 3),
]
for a, b in cases:
    try:
        t.assertEqual(a, b)
    except AssertionError as e:
        print(str(e))
        print("~~~~")
t.maxDiff = 20
try:
    t.assertEqual("a\nb\nc\n", "a\nx\nc\n")
except AssertionError as e:
    print(str(e))
t.maxDiff = None
try:
    t.assertEqual([str(i) * 10 for i in range(40)], [str(i) * 10 for i in range(1, 41)])
except AssertionError as e:
    print(str(e))
try:
    t.assertMultiLineEqual("x\n" * 300, "x\n" * 299 + "y\n")
except AssertionError as e:
    print(str(e)[-200:])
