import fnmatch, re, shlex, html, unicodedata, io
for p in ['*.py', '?x[!a-c]*', '[]]', '[!]]', '[a-]', '**', 'a*b*c', '[', '[a-z', 'x\\*', '[[]', '[a-z&&q]', '*.[ch]', '[z-a]', '[^x]', 'a**b', '*a*']:
    print(repr(p), fnmatch.translate(p))
print(fnmatch.filter(['a.py', 'b.txt', 'C.PY', '.x.py'], '*.py'), fnmatch.fnmatch('A.PY', '*.py'), fnmatch.fnmatchcase('A.PY', '*.py'))
print(shlex.split('a "b c" d\\ e \'f g\' # not comment'), shlex.split('x # c', comments=True), shlex.quote("it's"), shlex.join(['a b', 'c']))
try:
    shlex.split('"unterminated')
except Exception as e:
    print(type(e).__name__, e)
print(html.escape('<a href="x">&\'</a>'), html.escape('"', quote=False), html.unescape('&lt;&amp;&#39;&#x41;&eacute;&nbsp;&bogus;&amp'))
for s in ['é', 'e\u0301', 'ﬁ', '①', 'Å']:
    print([unicodedata.normalize(f, s) for f in ('NFC', 'NFD', 'NFKC', 'NFKD')], unicodedata.name(s[0], '?'), unicodedata.category(s[0]))
buf = io.StringIO('line one\nline two\r\nline three')
for i, line in enumerate(buf, 1):
    print(i, repr(line), re.sub(r'\bline\b', 'LINE', line.rstrip('\r\n')))
print(re.sub(r'(?m)^', '    ', 'def f():\n    pass'))
print(re.findall(r'(?m)^\s*#\s*(.*)$', '# one\ncode\n   #   two  \n#'))
