# Big inputs and deep patterns: long subjects, long repeats, many groups, deep nesting (a
# RecursionError in CPython's recursive parser, not a crash), heavy backtracking that
# still ends.
import re

# long subjects and many iterations of general repeats
s = 'ab' * 50000
print(len(re.match('(?:ab)*', s).group()), re.match('(ab)*', s).span(1))
print(re.match('(?:ab|cd)*e', s))
print(len(re.findall('(?:a|b)(?:a|b)', s)), len(re.split('b', s)))
print(re.search('(?:a|b)*c', s[:2000]))
print(len(re.match('(?:a|b)*?$', s[:20000]).group()))
print(re.match('(a|b)*+$', s).span(1), re.match('(?>(?:ab)*)$', s).span())
print(len(re.sub('a', 'xy', s)), re.subn('(?=b)', '-', s[:100])[1])
print(re.fullmatch(r'(?:\w\w)+', s) is not None, re.fullmatch(r'(\w)+', s).group(1))
x = 'x' * 200000
print(re.search('x$', x).span(), re.search('^x*y', x), re.search('y', x))
print(len(re.findall('x', x)), re.match('.*', x).end(), re.match('(?s).*?$', x).end())
print(re.match(r'(x+x+)+y', 'x' * 18))
print(re.match(r'(?:x|xx)+y', 'x' * 22))
print(re.match(r'(a*)*b', 'a' * 20))
print(re.search(r'(\w+\s?)*$', 'word ' * 3 + '!'))

# many groups
n = 300
p = re.compile('(a)' * n)
m = p.match('a' * n)
print(p.groups, m.lastindex, m.span(n), len(m.groups()), m.regs[-1])
p = re.compile(''.join('(?P<g%d>%s)' % (i, 'b' if i % 2 else 'c') for i in range(200)))
print(p.groups, len(p.groupindex), p.match('cb' * 100).groupdict()['g199'])
print(re.match('(a)' * 100 + r'\100', 'a' * 101).span())
alts = '|'.join('w%d' % i for i in range(2000))
print(re.findall(alts, 'w1999 w5 w12 w2000'), re.fullmatch('(?:%s)+' % alts, 'w1w2w33').span())

# large repeat counts
print(re.fullmatch('a{0,100000}', 'a' * 1000).span(), re.match('a{1000}', 'a' * 999))
print(re.match('(?:a{2}){3,}', 'a' * 11).span(), re.match('(?:ab){2,4}?', 'ab' * 5).span())
print(re.match('a{4294967294}', 'a'), re.match('x{,4294967294}', 'xx').span())

# deep nesting
for n in [10, 100, 300, 495, 496, 1000, 100000]:
    for fmt in ['(%s)', '(?:%s)', '(?=%s)', '(?:%s)*', '(?>%s)', '(?:a|%s)']:
        try:
            p = re.compile(fmt.replace('%s', '(') * 0 + ''.join([fmt.split('%s')[0]] * n) + 'a' + fmt.split('%s')[1] * n)
            print(n, fmt, 'ok', p.groups, p.match('a') is not None)
        except RecursionError:
            print(n, fmt, 'RecursionError')
for n in [10, 990, 991, 5000]:
    try:
        p = re.compile('(a)' + '(?(1)' * n + 'a' + ')' * n)
        print(n, 'cond ok', p.match('aa') is not None)
    except RecursionError:
        print(n, 'cond RecursionError')
# deep nesting in a character class or quantifier braces is not recursion
print(re.match('[' + '(' * 10000 + ']+', '((').span(), len(re.escape('(' * 10000)))
print(re.compile('(?:' + 'a|' * 10000 + 'b)').match('b').span())
