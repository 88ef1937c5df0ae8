fn = 'hk_nl.txt'
with open(fn, 'w', newline='') as f: f.write('line1\nline2\r\nline3\rend\nA\nB\n')
with open(fn) as f:
    print(repr(f.newlines)); f.readline(); print(repr(f.newlines)); f.read(3); print(repr(f.newlines)); f.read(); print(repr(f.newlines))
with open(fn) as f:
    f.read(); print(repr(f.newlines))
import io
s = io.StringIO('a\r\nb\rc\n', newline=None); print(repr(s.newlines)); s.readline(); print(repr(s.newlines)); s.read(); print(repr(s.newlines))
import os; os.remove(fn)
