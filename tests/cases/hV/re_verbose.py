import re
pat = re.compile(r"""
    ^                       # start
    (?P<user> [\w.%+-]+ )   # user part
    @
    (?P<domain>
        (?: [a-z0-9-]+ \. )+   # subdomains
        [a-z]{2,}              # tld
    )
    $                       # end
""", re.VERBOSE | re.IGNORECASE)
for s in ['john.doe@example.com', 'x@y', 'A+B@Sub.Domain.ORG', 'bad@@x.com']:
    m = pat.match(s)
    print(s, m and m.groupdict())
p = re.compile(r'''
  \d+   # number
  [ ]   # a literal space in a class
  \#    # escaped hash
  \ x   # escaped space
  [#]   # hash in class
''', re.X)
print(p.findall('12 # x# 3 #x#'), p.pattern.count('\n'))
print(re.findall(r'(?x) a  b  # c', 'ab abc'))
print(re.findall('(?x)a\tb\nc\rd\x0be\x0cf', 'abcdef'))
print(re.findall(r'(?x) [ a b ] +', 'ab  ba'))
print(re.findall(r'(?x) a{2 , 3}', 'aaa a{2,3}'))
print(re.findall(r'(?x) a {2}', 'aaa'))
print(re.findall(r'(?x) \d + ? ', '123'))
print(re.findall(r'(?x) ( ?: a ) ', 'a'), end=' ')
try:
    print(re.findall(r'(?x) ( ? : a ) ', 'a'))
except re.error as e:
    print(e)
try:
    re.compile(r'(?x) (?P< n >a)')
except re.error as e:
    print(e)
print(re.findall(r'(?x) (?P<n> a ) (?P=n)', 'aa'))
print(re.findall(r'(?x)\ ', 'a b'), re.findall(r'(?x)[\ ]', 'a b'), re.findall(r'(?x)\\ ', 'a\\ b'))
print(re.compile(r'(?x)a # comment (with paren').findall('aa'))
print(re.compile('(?x)a # comment\n b', re.X).pattern)
print(re.findall(r'(?x: a b ) c', 'abc ab c a bc'))
print(re.findall(r'(?-x: a b )', 'a b ab', re.X))
print(re.findall(r'(?x)(?#note) a', 'a'))
print(re.findall(br'(?x) a \  b # c', b'a b'))
print(re.findall('(?x)\u3000a', 'a'))
print(re.findall(r'(?x) \N{SPACE} a', ' a'))
