# difflib: SequenceMatcher, unified/context diff, ndiff, Differ, get_close_matches
import difflib
import random

s = difflib.SequenceMatcher(None, 'abxcd', 'abcd')
print(s.get_matching_blocks())
print(s.get_opcodes())
print(round(s.ratio(), 6), s.quick_ratio(), s.real_quick_ratio())
print(s.find_longest_match(0, 5, 0, 4))
s = difflib.SequenceMatcher(lambda x: x == ' ', 'private Thread currentThread;',
                            'private volatile Thread currentThread;')
print(round(s.ratio(), 3), s.get_matching_blocks())
for op in s.get_opcodes():
    print('%7s a[%d:%d] b[%d:%d]' % op)
s = difflib.SequenceMatcher(None, ' abcd', 'abcd abcd')
print(s.find_longest_match(0, 5, 0, 9))
s = difflib.SequenceMatcher(lambda x: x == ' ', ' abcd', 'abcd abcd')
print(s.find_longest_match(0, 5, 0, 9))
print(list(difflib.SequenceMatcher(None, 'abc', 'abc').get_grouped_opcodes()))
print(difflib.SequenceMatcher(None, '', '').ratio())

rng = random.Random(5)
a = ''.join(rng.choice('abcde') for _ in range(300))
b = ''.join(rng.choice('abcde') for _ in range(300))
for aj in (True, False):
    m = difflib.SequenceMatcher(None, a, b, autojunk=aj)
    print(aj, round(m.ratio(), 6), len(m.get_opcodes()), sorted(m.bpopular))
m = difflib.SequenceMatcher(None, a, a[:150] + 'zz' + a[150:])
print(m.get_opcodes())

a = ['one\n', 'two\n', 'three\n', 'four\n', 'five\n', 'six\n', 'seven\n', 'eight\n', 'nine\n',
     'ten\n', 'eleven\n', 'twelve\n']
b = ['zero\n', 'one\n', 'tree\n', 'four\n', 'five\n', 'six\n', 'seven\n', 'eight\n', 'nine\n',
     'ten\n', 'eleven\n', 'twelve\n', 'thirteen\n']
print(''.join(difflib.unified_diff(a, b, 'a.txt', 'b.txt', '2020-01-01', '2020-01-02')), end='')
print(''.join(difflib.unified_diff(a, b, n=1)), end='')
print(''.join(difflib.unified_diff(a, b, n=0)), end='')
print(''.join(difflib.context_diff(a, b, 'a.txt', 'b.txt')), end='')
print(''.join(difflib.context_diff(a, b, n=0)), end='')
print('\n'.join(difflib.unified_diff(['x', 'y'], ['x', 'z'], lineterm='')))
print(list(difflib.unified_diff(a, a)))
print(list(difflib.unified_diff([], ['a\n'])))
print(list(difflib.context_diff(['a\n'], [])))

d = list(difflib.ndiff(['one\n', 'two\n', 'three\n'], ['ore\n', 'tree\n', 'emu\n']))
print(''.join(d), end='')
print(''.join(difflib.restore(d, 1)), end='')
print(''.join(difflib.restore(d, 2)), end='')
text1 = '''  1. Beautiful is better than ugly.
  2. Explicit is better than implicit.
  3. Simple is better than complex.
  4. Complex is better than complicated.
'''.splitlines(keepends=True)
text2 = '''  1. Beautiful is better than ugly.
  3.   Simple is better than complex.
  4. Complicated is better than complex.
  5. Flat is better than nested.
'''.splitlines(keepends=True)
print(''.join(difflib.Differ().compare(text1, text2)), end='')
print(list(difflib.ndiff(['a\tb\n', 'same\n'], ['a  b\n', 'same\n'])))
print(list(difflib.ndiff(['abc', 'x'], ['x', 'abd'])))

print(difflib.get_close_matches('appel', ['ape', 'apple', 'peach', 'puppy']))
import keyword
print(difflib.get_close_matches('wheel', keyword.kwlist))
print(difflib.get_close_matches('pineapple', keyword.kwlist))
print(difflib.get_close_matches('accept', keyword.kwlist))
print(difflib.get_close_matches('abc', ['abd', 'abe', 'abf', 'xbc'], n=2, cutoff=0.5))
for args in [(0,), (3, 1.5)]:
    try:
        difflib.get_close_matches('x', ['y'], *args)
    except ValueError as e:
        print('ValueError:', e)
try:
    list(difflib.unified_diff([b'a'], [b'b']))
except TypeError as e:
    print('TypeError:', e)
try:
    list(difflib.unified_diff(['a'], ['b'], fromfile=1))
except TypeError as e:
    print('TypeError:', e)
try:
    list(difflib.restore([], 3))
except ValueError as e:
    print('ValueError:', e)
print(difflib.IS_LINE_JUNK('\n'), difflib.IS_LINE_JUNK('  #   \n'), difflib.IS_LINE_JUNK('hello\n'))
print(difflib.IS_CHARACTER_JUNK(' '), difflib.IS_CHARACTER_JUNK('\t'), difflib.IS_CHARACTER_JUNK('x'))
print(list(difflib.diff_bytes(difflib.unified_diff, [b'a\n'], [b'b\n'])))
print(difflib.Match(1, 2, 3))
