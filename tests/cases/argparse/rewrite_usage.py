# Usage/help corner cases found by differential fuzzing against CPython.
import argparse
import os
import sys

os.environ['COLUMNS'] = '60'
S = argparse.SUPPRESS


def usage(req, specs, tail=True, **kw):
    p = argparse.ArgumentParser(prog='p', **kw)
    g = p.add_mutually_exclusive_group(required=req)
    for name, hidden in specs:
        extra = {} if name.startswith('-') else {'nargs': '?'}
        g.add_argument(name, help=S if hidden else 'x', **extra)
    if tail:
        p.add_argument('-z')
    print(req, specs, repr(p.format_usage()))


usage(True, [('-a', 0), ('-b', 1), ('-c', 0)])
usage(True, [('-a', 1), ('-b', 1), ('-c', 0)])
usage(True, [('-a', 1), ('-b', 1), ('-c', 1)])
usage(False, [('-a', 1), ('-b', 1)])
usage(False, [('-a', 1), ('-b', 0)])
usage(True, [('-a', 0), ('-b', 0)], tail=False)
usage(True, [('-a', 0)], tail=False)
usage(False, [('pos', 0)])
usage(True, [('pos', 0)])
usage(True, [('pos', 0), ('-b', 0)])

# An empty mutually exclusive group cannot be shown in usage.
p = argparse.ArgumentParser(prog='p')
p.add_mutually_exclusive_group()
p.add_argument('-x')
try:
    p.format_usage()
except ValueError as e:
    print('ValueError', str(e).startswith('empty group'))

# Parentheses in metavars stay.
p = argparse.ArgumentParser(prog='p')
p.add_argument('-x', metavar='(a)')
p.add_argument('-y', metavar='(a|b)')
print(repr(p.format_usage()))

# Subcommand programs are named after the parent's usage.
p = argparse.ArgumentParser(prog='top', usage='%(prog)s [opts] cmd')
sp = p.add_subparsers(dest='cmd')
run = sp.add_parser('run')
print(run.prog)
p = argparse.ArgumentParser(prog='top')
p.add_argument('first')
sp = p.add_subparsers(dest='cmd', title='commands', description='what to do')
run = sp.add_parser('run', aliases=['r'], help='run it')
print(run.prog)
print(p.format_help())

# Single-dash options are matched by prefix even without abbreviations.
p = argparse.ArgumentParser(prog='p', allow_abbrev=False, exit_on_error=False)
p.add_argument('-foo')
p.add_argument('--long')
try:
    print(p.parse_known_args(['-fo']))
except argparse.ArgumentError as e:
    print('ArgumentError:', e)
print(p.parse_known_args(['--lo', 'x']))
print(p.parse_known_args(['-foo=3', '-foo', '4']))

# Long usage wraps between whole bracketed groups.
p = argparse.ArgumentParser(prog='a_rather_long_program_name_for_wrapping')
for name in ('--alpha', '--beta', '--gamma', '--delta'):
    p.add_argument(name, nargs='*', choices=['1', '2'])
p.add_argument('files', nargs='+')
p.add_argument('rest', nargs='...')
print(p.format_usage())
p = argparse.ArgumentParser(prog='short')
mx = p.add_mutually_exclusive_group()
for name in ('--one', '--two', '--three', '--four', '--five'):
    mx.add_argument(name, metavar='VALUE')
p.add_argument('target', nargs=2)
print(p.format_usage())
print(p.format_help())
