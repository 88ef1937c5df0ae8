# Filter matching (message regex, module regex, category subclasses, lineno),
# once/module/default registries, warn_explicit, error action, hooks.
import warnings


class MyWarn(UserWarning):
    pass


def emit(msg, cat=UserWarning):
    warnings.warn(msg, cat)


with warnings.catch_warnings(record=True) as log:
    warnings.resetwarnings()
    print(warnings.filters)
    warnings.simplefilter('default')
    for i in range(3):
        emit('same')
    warnings.filterwarnings('ignore', message='skip.*', category=UserWarning)
    emit('skip me')
    emit('SKIP me too')
    emit('keep me')
    warnings.filterwarnings('error', category=MyWarn)
    try:
        emit('boom', MyWarn)
    except MyWarn as e:
        print('raised', type(e).__name__, e)
    inst = MyWarn('instance')
    try:
        warnings.warn(inst)
    except MyWarn as e:
        print('same instance', e is inst)
    warnings.filterwarnings('always', module='__main__', append=False, category=RuntimeWarning)
    emit('rt1', RuntimeWarning)
    emit('rt1', RuntimeWarning)
    print([str(w.message) for w in log])

with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter('once')
    for i in range(2):
        emit('once-msg')
        warnings.warn('once-msg')
    warnings.simplefilter('module')
    for i in range(2):
        emit('mod-msg')
        warnings.warn('mod-msg')
    print([(str(w.message), w.lineno > 0) for w in log])

with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter('default')
    reg = {}
    for i in range(2):
        warnings.warn_explicit('explicit', UserWarning, 'fake.py', 10, module='fakemod', registry=reg)
    warnings.warn_explicit('no module', UserWarning, 'thing.PY', 3)
    warnings.warn_explicit(DeprecationWarning('as instance'), None, 'x.py', 1)
    print([(str(w.message), w.category.__name__, w.filename, w.lineno) for w in log])
    print(sorted(k for k in reg if k != 'version'), 'version' in reg)

with warnings.catch_warnings():
    warnings.simplefilter('always')
    warnings.showwarning = 'not callable'
    try:
        warnings.warn('x')
    except TypeError as e:
        print('TypeError', e)

with warnings.catch_warnings(record=True, action='ignore') as log:
    warnings.warn('ignored by action')
    print(len(log))
with warnings.catch_warnings(record=True, action='always', category=RuntimeWarning) as log:
    warnings.warn('user shown?')
    warnings.warn('rt shown', RuntimeWarning)
    print([str(w.message) for w in log])
try:
    warnings.warn_explicit('bad', UserWarning, 'f.py', 1, registry={}, module='m') if False else None
    with warnings.catch_warnings():
        warnings.filters.insert(0, ('bogus', None, Warning, None, 0))
        warnings.warn('x')
except RuntimeError as e:
    print('RuntimeError', str(e).splitlines()[0])
print(str(warnings.WarningMessage('m', UserWarning, 'f.py', 3, line='src')))
print(warnings.formatwarning('fmt', MyWarn, 'nofile.py', 7, line='  code  '))
