# compare: stderr
import re, warnings
warnings.simplefilter('always')
pats = ['[[a]', '[a[]', '[[]', '[a-[]', r'[\[]', '[[:alpha:]]', '[]&&]', '[&&]', '[a&&]', '[a&]', '[--]', '[a-]', '[---]', '[-a--]', '[a||b||c]', '[a~~]', '[^[]', '[^^]', '[x[a]', '[|]', r'[\&&]', '[[=a=]]', '[[.a.]]', '[&&&]', '[a&&&b]', '[a-c--]', '[--a]', '[a-&&]', '[]]', '[^]&&]', '[^&&]', '[a-z&&b]', '[[&&]', b'[[a]', b'[a--]']
for p in pats:
    try: re.compile(p); r = 'ok'
    except re.error as e: r = 'ERR ' + str(e)
    print(repr(p), r)
print(re.findall('[[a]', '[a'))
