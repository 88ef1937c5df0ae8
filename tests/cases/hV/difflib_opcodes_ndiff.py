import difflib
a = ['line %d\n' % (i % 7) for i in range(300)]
b = a[:100] + ['new\n'] + a[120:] + ['tail\n']
sm = difflib.SequenceMatcher(None, a, b)
print(round(sm.ratio(), 6), sm.get_opcodes()[:6], len(sm.bpopular), sorted(sm.bjunk))
sm2 = difflib.SequenceMatcher(None, a, b, autojunk=False)
print(round(sm2.ratio(), 6), sm2.get_opcodes()[:4])
x = 'The quick brown fox jumps over the lazy dog\n'
y = 'The quick brown cat jumped over the lazy dogs\n'
print(''.join(difflib.ndiff([x, 'same\n', '\tindented line\n'], [y, 'same\n', '    indented line\n'])))
print(''.join(difflib.ndiff(['abcdefghij\n'], ['abcdXfghij\n'])))
print(''.join(difflib.ndiff(['a\n', 'b\n'], ['c\n', 'd\n', 'e\n'])))
print(difflib.get_close_matches('lamb', ['lamp', 'lame', 'lamb', 'limb', 'clamp'], n=4, cutoff=0.5))
print(difflib.get_close_matches('', ['', 'a']), difflib.get_close_matches('abc', []))
s = difflib.SequenceMatcher(None, 'abxcd', 'abcd')
for tag, i1, i2, j1, j2 in s.get_opcodes():
    print('{:7} a[{}:{}] --> b[{}:{}] {!r:>8} --> {!r}'.format(tag, i1, i2, j1, j2, 'abxcd'[i1:i2], 'abcd'[j1:j2]))
print(list(difflib.unified_diff(['a\n','b\n','c\n'], ['a\n','c\n'], n=0)))
print(list(difflib.context_diff(['a\n','b\n','c\n'], ['a\n','c\n'], n=0)))
print(list(difflib.unified_diff(['x'], ['x'])))
print(list(difflib.unified_diff(['a\n'], ['b\n'], fromfile='f', tofile='t', fromfiledate='2020-01-01', tofiledate='')))
sm = difflib.SequenceMatcher(isjunk=lambda c: c in ' \t', a='a b c', b='a  b c')
print(sm.get_matching_blocks(), sm.find_longest_match(0, 5, 0, 6))
print(difflib.Match(1, 2, 3), difflib.Match(1, 2, 3).size, difflib.Match._fields)
try:
    list(difflib.unified_diff('a', [1]))
except Exception as e:
    print(type(e).__name__, e)
try:
    list(difflib.unified_diff([b'a'], [b'b']))
except Exception as e:
    print(type(e).__name__, e)
