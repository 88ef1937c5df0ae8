# open(): argument validation and the OSError subclasses for missing files and folders.
import os


def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, '->', type(e).__name__, e)
        if isinstance(e, OSError):
            print('   ', e.errno, e.strerror, repr(e.filename), e.args)
    else:
        print(label, '->', repr(r))
        close = getattr(r, 'close', None)
        if close:
            close()


TMP = '_tmp_open_errors'
if os.path.exists(TMP):
    for n in os.listdir(TMP):
        os.remove(os.path.join(TMP, n))
    os.rmdir(TMP)
os.mkdir(TMP)
os.chdir(TMP)
try:
    with open('t.txt', 'w') as f:
        f.write('x')
    for kw in [dict(mode='rw'), dict(mode='rbt'), dict(mode='z'), dict(mode='b'), dict(mode='+'),
               dict(mode='rb', encoding='utf8'), dict(mode='rb', errors='x'),
               dict(mode='rb', newline=''), dict(mode='r', buffering=0),
               dict(mode='r', newline='x'), dict(mode='r', encoding='nope'),
               dict(mode='r', encoding=5), dict(mode='rU'), dict(mode='rr'), dict(mode=5),
               dict(mode='r', buffering='x'), dict(mode='r', errors=5), dict(mode='r', newline=5),
               dict(mode='r', foo=1)]:
        show(repr(kw), lambda: open('t.txt', **kw))
    for p in ['nope.txt', '.', 5.0, b'nope', '', 'a\0b', 'nodir/x.txt']:
        show('open %r' % (p,), lambda: open(p))
    show('write into missing dir', lambda: open('nodir/x.txt', 'w'))
    show('create existing', lambda: open('t.txt', 'x'))
    show('write dir', lambda: open('.', 'w'))
    show('no args', lambda: open())
    print(open('t.txt', 'rb', buffering=0).read(), open(b't.txt').read())

    class P:
        def __fspath__(self):
            return 't.txt'

    with open(P()) as f:
        print(f.name == P().__fspath__() or f.name, f.read())
finally:
    for n in os.listdir('.'):
        os.remove(n)
    os.chdir('..')
    os.rmdir(TMP)
