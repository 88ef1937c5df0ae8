"""Measure execution time of small code snippets."""

import gc
import itertools
import sys
import time

__all__ = ['Timer', 'timeit', 'repeat', 'default_timer']

dummy_src_name = '<timeit-src>'
default_number = 1000000
default_repeat = 5
default_timer = time.perf_counter

_globals = globals


def reindent(src, indent):
    return src.replace('\n', '\n' + ' ' * indent)


class Timer:
    def __init__(self, stmt='pass', setup='pass', timer=default_timer, globals=None):
        self.timer = timer
        extra = {}
        # The timed loop is compiled from source; callables are passed in as defaults.
        if isinstance(setup, str):
            compile(setup, dummy_src_name, 'exec')
            setup_code, prefix = reindent(setup, 4), setup + '\n'
        elif callable(setup):
            extra['_setup'] = setup
            setup_code, prefix = '_setup()', ''
        else:
            raise ValueError('setup is neither a string nor callable')
        if isinstance(stmt, str):
            compile(prefix + stmt, dummy_src_name, 'exec')
            stmt_code = reindent(stmt, 8)
        elif callable(stmt):
            extra['_stmt'] = stmt
            stmt_code = '_stmt()'
        else:
            raise ValueError('stmt is neither a string nor callable')
        params = ''.join(', %s=%s' % (k, k) for k in extra)
        self.src = '\n'.join([
            'def inner(_it, _timer%s):' % params,
            '    ' + setup_code,
            '    _t0 = _timer()',
            '    for _i in _it:',
            '        ' + stmt_code,
            '        pass',
            '    _t1 = _timer()',
            '    return _t1 - _t0',
            ''])
        namespace = dict(extra)
        exec(compile(self.src, dummy_src_name, 'exec'),
             _globals() if globals is None else globals, namespace)
        self.inner = namespace['inner']

    def print_exc(self, file=None):
        import linecache
        import traceback
        if self.src is not None:
            linecache.cache[dummy_src_name] = (len(self.src), None, self.src.split('\n'),
                                               dummy_src_name)
        traceback.print_exc(file=file)

    def timeit(self, number=default_number):
        was_on = gc.isenabled()
        gc.disable()  # collections would add noise to the timing
        try:
            return self.inner(itertools.repeat(None, number), self.timer)
        finally:
            if was_on:
                gc.enable()

    def repeat(self, repeat=default_repeat, number=default_number):
        return [self.timeit(number) for _ in range(repeat)]

    def autorange(self, callback=None):
        # loop counts 1, 2, 5, 10, 20, 50, ... until one run takes 0.2 s
        scale = 1
        while True:
            for step in (1, 2, 5):
                loops = scale * step
                taken = self.timeit(loops)
                if callback:
                    callback(loops, taken)
                if taken >= 0.2:
                    return (loops, taken)
            scale *= 10


def timeit(stmt='pass', setup='pass', timer=default_timer, number=default_number,
           globals=None):
    return Timer(stmt, setup, timer, globals).timeit(number)


def repeat(stmt='pass', setup='pass', timer=default_timer, repeat=default_repeat,
           number=default_number, globals=None):
    return Timer(stmt, setup, timer, globals).repeat(repeat, number)


_UNITS = (('sec', 1.0), ('msec', 1e-3), ('usec', 1e-6), ('nsec', 1e-9))


def main(args=None, *, _wrap_timer=None):
    """Command line interface: python -m timeit [-n N] [-r N] [-u U] [-s S] [-p] [-v] stmt"""
    import getopt
    try:
        opts, rest = getopt.getopt(sys.argv[1:] if args is None else args, 'n:u:s:r:tcpvh',
                                   ['number=', 'setup=', 'repeat=', 'time', 'clock',
                                    'process', 'verbose', 'unit=', 'help'])
    except getopt.error as err:
        print(err)
        print('use -h/--help for command line help')
        return 2
    settings = {'number': 0, 'repeat': default_repeat, 'unit': None, 'verbose': 0,
                'timer': default_timer, 'setup': []}
    for flag, value in opts:
        name = flag.lstrip('-')[:1]
        if name == 'n':
            settings['number'] = int(value)
        elif name == 's':
            settings['setup'].append(value)
        elif name == 'u':
            if value not in dict(_UNITS):
                print('Unrecognized unit. Please select nsec, usec, msec, or sec.',
                      file=sys.stderr)
                return 2
            settings['unit'] = value
        elif name == 'r':
            settings['repeat'] = max(1, int(value))
        elif name == 'p':
            settings['timer'] = time.process_time
        elif name == 'v':
            settings['verbose'] += 1
        elif name == 'h':
            print(main.__doc__)
            return 0
    digits = 3 + max(0, settings['verbose'] - 1)
    import os
    sys.path.insert(0, os.curdir)
    clock = settings['timer']
    if _wrap_timer is not None:
        clock = _wrap_timer(clock)
    timer = Timer('\n'.join(rest) or 'pass', '\n'.join(settings['setup']) or 'pass', clock)

    def show(seconds):
        unit = settings['unit']
        if unit is None:
            unit, scale = next(((u, f) for u, f in _UNITS if seconds >= f), _UNITS[-1])
        else:
            scale = dict(_UNITS)[unit]
        return '%.*g %s' % (digits, seconds / scale, unit)

    number = settings['number']
    try:
        if not number:
            def report(n, taken):
                if settings['verbose']:
                    print('{} loop{} -> {:.{}g} secs'.format(n, 's' if n != 1 else '', taken,
                                                           digits))
            number = timer.autorange(report)[0]
            if settings['verbose']:
                print()
        raw = timer.repeat(settings['repeat'], number)
    except Exception:
        timer.print_exc()
        return 1
    if settings['verbose']:
        print('raw times: %s' % ', '.join(show(t) for t in raw))
        print()
    per_loop = [t / number for t in raw]
    best, worst = min(per_loop), max(per_loop)
    print('%d loop%s, best of %d: %s per loop'
          % (number, 's' if number != 1 else '', settings['repeat'], show(best)))
    if worst >= best * 4:
        import warnings
        warnings.warn_explicit('The test results are likely unreliable. The worst time (%s) '
                               'was more than four times slower than the best time (%s).'
                               % (show(worst), show(best)), UserWarning, '', 0)
    return None


if __name__ == '__main__':
    sys.exit(main())
