import io, sys
class W:
    def __init__(self): self.calls = []
    def write(self, s):
        self.calls.append(s)
        return len(s)
w = W()
print('a', 1, None, sep='--', end='!\n', file=w)
print(file=w)
print('x', file=w, flush=False)
print(w.calls)
class WF(W):
    def flush(self): self.calls.append('<flush>')
wf = WF()
print('y', 'z', file=wf, flush=True)
print(wf.calls)
class NoWrite: pass
try:
    print('q', file=NoWrite())
except AttributeError as e:
    print(e)
try:
    print('q', file=WF(), flush=True, end=5)
except TypeError as e:
    print(e)
buf = io.StringIO()
print('hello', 'world', file=buf, sep=', ')
print(3.5, [1], file=buf)
print(repr(buf.getvalue()))
old = sys.stdout
sys.stdout = io.StringIO()
print('captured')
val = sys.stdout.getvalue()
sys.stdout = old
print('got', repr(val))
class BadWrite:
    def write(self, s): raise OSError('disk full')
try:
    print('x', file=BadWrite())
except OSError as e:
    print('OSError', e)
print(*[], sep='X', end='[end]\n')
print('', end='')
print('multi\nline', 'tab\there')
sys.stdout.write('raw\n')
sys.stderr.write('to err\n')
print(sys.stdout.write(''), sys.stdout.writable(), sys.stdout.isatty() in (True, False))
