# Parsing corner cases: nargs variants, '--', packed short flags, type/choice errors,
# exit_on_error=False, defaults converted lazily, parents, conflicts, fromfile args.
import argparse
import os
import sys


def attempt(parser, argv, intermixed=False):
    try:
        parse = parser.parse_known_intermixed_args if intermixed else parser.parse_known_args
        print(argv, '->', parse(argv))
    except argparse.ArgumentError as e:
        print(argv, '-> ArgumentError:', e, '|', e.argument_name, '|', e.message)
    except SystemExit as e:
        print(argv, '-> exit', e.code)
    except TypeError as e:
        print(argv, '-> TypeError:', e)


sys.stderr = sys.stdout
p = argparse.ArgumentParser(prog='n', exit_on_error=False)
p.add_argument('-a', nargs=2, type=int)
p.add_argument('-b', nargs='?', const='C', default='D')
p.add_argument('-c', nargs='*')
p.add_argument('-d', nargs='+', choices=['x', 'y'])
p.add_argument('-v', action='count', default=0)
p.add_argument('-q', action='store_true')
p.add_argument('first', nargs='?', default='5', type=int)
p.add_argument('rest', nargs='*')
for argv in (['-a', '1', '2'], ['-a', '1'], ['-a', '1', 'x'], ['-b'], ['-b', 'v', '7'],
             ['-c'], ['-c', '1', '2', '--', '-x'], ['-d'], ['-d', 'z'], ['-vvq', '3'],
             ['-vqx'], ['-qv=1'], ['--', '-1', '-2'], ['8', '9', '-c', 'k', '10'],
             ['-b=', '1'], ['-a=1'], []):
    attempt(p, argv)
attempt(p, ['8', '-c', 'k', '9', '10'], intermixed=True)

r = argparse.ArgumentParser(prog='r', exit_on_error=False)
r.add_argument('cmd')
r.add_argument('args', nargs=argparse.REMAINDER)
attempt(r, ['go', '-x', '--y', 'z'])
attempt(r, ['go'], intermixed=True)

neg = argparse.ArgumentParser(prog='neg', exit_on_error=False)
neg.add_argument('-1', dest='one', action='store_true')
neg.add_argument('value', nargs='?')
attempt(neg, ['-1'])
attempt(neg, ['-2'])
plain = argparse.ArgumentParser(prog='plain', exit_on_error=False)
plain.add_argument('value', type=float)
attempt(plain, ['-2.5'])
attempt(plain, ['-x'])


def positive(text):
    value = int(text)
    if value <= 0:
        raise argparse.ArgumentTypeError('%r is not positive' % text)
    return value


t = argparse.ArgumentParser(prog='t')
t.add_argument('--n', type=positive, default='0')
t.add_argument('--f', type=float, default='1.5')
attempt(t, ['--n', '3'])
attempt(t, ['--n', '-3'])
attempt(t, ['--n', 'x'])
attempt(t, [])
attempt(t, ['--f', '2'])

base = argparse.ArgumentParser(add_help=False)
base.add_argument('--verbose', action='store_true', help='chatty')
base.set_defaults(mode='base')
child = argparse.ArgumentParser(prog='child', parents=[base], conflict_handler='resolve')
child.add_argument('--verbose', action='store_false', help='quiet now')
child.add_argument('-x', '--extra')
child.add_argument('-x', help='only -x now')
print(child.format_help())
attempt(child, ['--verbose', '-x', '1', '--extra', '2'])
try:
    child.add_argument('--extra', '-y', '--verbose2', '--verbose2')
except Exception as e:
    print(type(e).__name__, e)
strict = argparse.ArgumentParser(prog='strict')
strict.add_argument('--a')
try:
    strict.add_argument('--a', '--b')
except argparse.ArgumentError as e:
    print('ArgumentError', e)
for bad in (dict(nargs=0), dict(const=1), dict(action='nope'), dict(type='int'),
            dict(metavar=('A', 'B')), dict(nargs='x')):
    try:
        strict.add_argument('--z', **bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    strict.add_argument('pos', required=True)
except TypeError as e:
    print('TypeError', e)

ff = argparse.ArgumentParser(prog='ff', fromfile_prefix_chars='@')
ff.add_argument('--name')
ff.add_argument('-n', type=int)
attempt(ff, ['@/nonexistent/args.txt'])
attempt(ff, ['-n', '2', '', '@'])

ns = argparse.Namespace(a=1, **{'not-ident': 2})
print(ns, 'a' in ns, ns == argparse.Namespace(a=1, **{'not-ident': 2}), vars(ns))
print(argparse.FileType('w', encoding='utf-8'), argparse.FileType('rb', 0))
