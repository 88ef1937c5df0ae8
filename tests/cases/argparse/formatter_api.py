# HelpFormatter as programs extend it: the builder API (add_usage, add_text, sections,
# add_arguments, format_help) and overridden hooks (_format_action, add_usage prefix,
# _format_action_invocation, _split_lines), version output, width settings.
import argparse
import os

os.environ['COLUMNS'] = '70'


class CapitalUsage(argparse.HelpFormatter):
    def add_usage(self, usage, actions, groups, prefix=None):
        if prefix is None:
            prefix = 'Usage: '
        return super().add_usage(usage, actions, groups, prefix)


class NoSubparserMetavar(argparse.RawDescriptionHelpFormatter):
    def _format_action(self, action):
        text = super()._format_action(action)
        if action.nargs == argparse.PARSER:
            text = '\n'.join(text.split('\n')[1:])
        return text


class CompactInvocation(argparse.HelpFormatter):
    def _format_action_invocation(self, action):
        if not action.option_strings or action.nargs == 0:
            return super()._format_action_invocation(action)
        metavar = self._format_args(action, self._get_default_metavar_for_optional(action))
        return ', '.join(action.option_strings) + ' ' + metavar


class Bulleted(argparse.HelpFormatter):
    def _split_lines(self, text, width):
        return ['* ' + line for line in super()._split_lines(text, width - 2)]


def build(formatter_class, **kw):
    p = argparse.ArgumentParser(prog='tool', formatter_class=formatter_class,
                                description='Does   things\nwith %(prog)s.', **kw)
    p.add_argument('-o', '--output', metavar='PATH', help='where the result goes; a '
                   'fairly long help text so that it wraps onto another line')
    p.add_argument('-n', type=int, default=3, help='count (default %(default)s, %(type)s)')
    p.add_argument('--version', action='version', version='%(prog)s 1.2')
    sub = p.add_subparsers(title='commands', dest='cmd', metavar='COMMAND')
    sub.add_parser('build', help='build it')
    sub.add_parser('clean', aliases=['c'], help='remove outputs')
    return p


for cls in (CapitalUsage, NoSubparserMetavar, CompactInvocation, Bulleted,
            argparse.MetavarTypeHelpFormatter if False else argparse.HelpFormatter):
    print('==', cls.__name__)
    print(build(cls).format_help())
print(build(CapitalUsage).format_usage())

narrow = build(lambda prog: argparse.HelpFormatter(prog, max_help_position=40, width=50))
print(narrow.format_help())
wide = build(lambda prog: argparse.HelpFormatter(prog, indent_increment=4, width=100))
print(wide.format_help())

# The builder API directly.
p = build(argparse.HelpFormatter)
f = p._get_formatter()
f.add_usage(None, p._actions, p._mutually_exclusive_groups, prefix='synopsis: ')
f.add_text('Intro text for %(prog)s.')
f.start_section('only options')
f.add_text('a section description')
f.add_arguments([a for a in p._actions if a.option_strings])
f.end_section()
f.start_section('empty')
f.end_section()
f.start_section(argparse.SUPPRESS)
f.add_text('untitled section text')
f.end_section()
f.add_text(argparse.SUPPRESS)
f.add_text(None)
print(repr(f.format_help()))
print(repr(argparse.HelpFormatter('x').format_help()))

p = argparse.ArgumentParser(prog='typed', formatter_class=argparse.MetavarTypeHelpFormatter)
p.add_argument('--ratio', type=float)
p.add_argument('count', type=int)
print(p.format_help())
try:
    p.parse_args(['--version'])
except SystemExit as e:
    print('exit', e.code)
try:
    build(argparse.HelpFormatter).parse_args(['--version'])
except SystemExit as e:
    print('exit', e.code)
