"""Command-line parsing: declare arguments, parse sys.argv, print usage and help."""

import os as _os
import re as _re
import sys as _sys

__all__ = '''ArgumentParser ArgumentError ArgumentTypeError BooleanOptionalAction FileType
HelpFormatter ArgumentDefaultsHelpFormatter RawDescriptionHelpFormatter RawTextHelpFormatter
MetavarTypeHelpFormatter Namespace Action ONE_OR_MORE OPTIONAL PARSER REMAINDER SUPPRESS
ZERO_OR_MORE'''.split()

SUPPRESS = '==SUPPRESS=='
OPTIONAL = '?'
ZERO_OR_MORE = '*'
ONE_OR_MORE = '+'
PARSER = 'A...'
REMAINDER = '...'
# Where a subparser leaves the strings it did not recognise, for its parent to collect.
_LEFTOVER = '_unrecognized_args'


# ------------------------------------------------------------------ Namespace

class _AttributeHolder(object):
    """repr() as Name(positional..., key=value..., **{other keys})."""

    def __repr__(self):
        shown = [repr(value) for value in self._get_args()]
        odd = {}
        for key, value in self._get_kwargs():
            if key.isidentifier():
                shown.append('%s=%r' % (key, value))
            else:
                odd[key] = value
        if odd:
            shown.append('**' + repr(odd))
        return '%s(%s)' % (type(self).__name__, ', '.join(shown))

    def _get_kwargs(self):
        return list(vars(self).items())

    def _get_args(self):
        return []


class Namespace(_AttributeHolder):
    """Simple object for storing attributes."""

    def __init__(self, **kwargs):
        for key, value in kwargs.items():
            setattr(self, key, value)

    def __eq__(self, other):
        if isinstance(other, Namespace):
            return vars(other) == vars(self)
        return NotImplemented

    def __contains__(self, key):
        return key in self.__dict__


# ------------------------------------------------------------------ errors

def _describe(action):
    """How error messages name an argument (None if it has no usable name)."""
    if action is None:
        return None
    if action.option_strings:
        return '/'.join(action.option_strings)
    for name in (action.metavar, action.dest):
        if name is not None and name is not SUPPRESS:
            return name
    if action.choices:
        return '{%s}' % ','.join(action.choices)
    return None


class ArgumentError(Exception):
    """An error from creating or using an argument (optional or positional)."""

    def __init__(self, argument, message):
        self.argument_name = _describe(argument)
        self.message = message

    def __str__(self):
        if self.argument_name is None:
            return '%s' % (self.message,)
        return 'argument %s: %s' % (self.argument_name, self.message)


class ArgumentTypeError(Exception):
    """Raised by type= converters to report a bad value with their own message."""


# ------------------------------------------------------------------ actions

_ACTION_FIELDS = ('option_strings', 'dest', 'nargs', 'const', 'default', 'type',
                  'choices', 'required', 'help', 'metavar')


class Action(_AttributeHolder):
    """What an argument is and what to do when it is seen on the command line."""

    def __init__(self, option_strings, dest, nargs=None, const=None, default=None,
                 type=None, choices=None, required=False, help=None, metavar=None):
        given = (option_strings, dest, nargs, const, default, type, choices, required,
                 help, metavar)
        for field, value in zip(_ACTION_FIELDS, given):
            setattr(self, field, value)

    def _get_kwargs(self):
        return [(field, getattr(self, field)) for field in _ACTION_FIELDS]

    def format_usage(self):
        return self.option_strings[0]

    def __call__(self, parser, namespace, values, option_string=None):
        raise NotImplementedError('.__call__() not defined')


class BooleanOptionalAction(Action):
    """--name sets True, --no-name sets False."""

    def __init__(self, option_strings, dest, default=None, type=None, choices=None,
                 required=False, help=None, metavar=None):
        both = []
        for flag in option_strings:
            both.append(flag)
            if flag[:2] == '--':
                both.append('--no-' + flag[2:])
        super().__init__(both, dest, nargs=0, default=default, type=type, choices=choices,
                         required=required, help=help, metavar=metavar)

    def __call__(self, parser, namespace, values, option_string=None):
        if option_string in self.option_strings:
            setattr(namespace, self.dest, option_string[:5] != '--no-')

    def format_usage(self):
        return ' | '.join(self.option_strings)


def _check_value_nargs(nargs, const, what, instead):
    if nargs == 0:
        raise ValueError('nargs for %s actions must be != 0; if %s' % (what, instead))
    if nargs != OPTIONAL and const is not None:
        raise ValueError('nargs must be %r to supply const' % (OPTIONAL,))


class _StoreAction(Action):
    def __init__(self, option_strings, dest, nargs=None, const=None, default=None,
                 type=None, choices=None, required=False, help=None, metavar=None):
        _check_value_nargs(nargs, const, 'store',
                           'you have nothing to store, actions such as store true or '
                           'store const may be more appropriate')
        super().__init__(option_strings, dest, nargs, const, default, type, choices,
                         required, help, metavar)

    def __call__(self, parser, namespace, values, option_string=None):
        setattr(namespace, self.dest, values)


class _StoreConstAction(Action):
    def __init__(self, option_strings, dest, const=None, default=None, required=False,
                 help=None, metavar=None):
        super().__init__(option_strings, dest, 0, const, default, required=required,
                         help=help)

    def __call__(self, parser, namespace, values, option_string=None):
        setattr(namespace, self.dest, self.const)


class _StoreTrueAction(_StoreConstAction):
    def __init__(self, option_strings, dest, default=False, required=False, help=None):
        super().__init__(option_strings, dest, True, default, required, help)


class _StoreFalseAction(_StoreConstAction):
    def __init__(self, option_strings, dest, default=True, required=False, help=None):
        super().__init__(option_strings, dest, False, default, required, help)


def _grown(namespace, dest, more, many=False):
    """A copy of the list stored at dest (if any) with `more` added."""
    old = getattr(namespace, dest, None)
    if old is None:
        new = []
    elif type(old) is list:
        new = list(old)
    else:
        import copy
        new = copy.copy(old)
    if many:
        new.extend(more)
    else:
        new.append(more)
    setattr(namespace, dest, new)


class _AppendAction(Action):
    def __init__(self, option_strings, dest, nargs=None, const=None, default=None,
                 type=None, choices=None, required=False, help=None, metavar=None):
        _check_value_nargs(nargs, const, 'append',
                           'arg strings are not supplying the value to append, the '
                           'append const action may be more appropriate')
        super().__init__(option_strings, dest, nargs, const, default, type, choices,
                         required, help, metavar)

    def __call__(self, parser, namespace, values, option_string=None):
        _grown(namespace, self.dest, values)


class _AppendConstAction(Action):
    def __init__(self, option_strings, dest, const=None, default=None, required=False,
                 help=None, metavar=None):
        super().__init__(option_strings, dest, 0, const, default, required=required,
                         help=help, metavar=metavar)

    def __call__(self, parser, namespace, values, option_string=None):
        _grown(namespace, self.dest, self.const)


class _ExtendAction(_AppendAction):
    def __call__(self, parser, namespace, values, option_string=None):
        _grown(namespace, self.dest, values, many=True)


class _CountAction(Action):
    def __init__(self, option_strings, dest, default=None, required=False, help=None):
        super().__init__(option_strings, dest, 0, default=default, required=required,
                         help=help)

    def __call__(self, parser, namespace, values, option_string=None):
        so_far = getattr(namespace, self.dest, None)
        setattr(namespace, self.dest, 1 if so_far is None else so_far + 1)


class _HelpAction(Action):
    def __init__(self, option_strings, dest=SUPPRESS, default=SUPPRESS, help=None):
        super().__init__(option_strings, dest, 0, default=default, help=help)

    def __call__(self, parser, namespace, values, option_string=None):
        parser.print_help()
        parser.exit()


class _VersionAction(Action):
    def __init__(self, option_strings, version=None, dest=SUPPRESS, default=SUPPRESS,
                 help="show program's version number and exit"):
        super().__init__(option_strings, dest, 0, default=default, help=help)
        self.version = version

    def __call__(self, parser, namespace, values, option_string=None):
        text = self.version if self.version is not None else parser.version
        fmt = parser._get_formatter()
        fmt.add_text(text)
        parser._print_message(fmt.format_help(), _sys.stdout)
        parser.exit()


class _ChoicesPseudoAction(Action):
    """A row of the subcommand list in help output."""

    def __init__(self, name, aliases, help):
        label = name
        if aliases:
            label = '%s (%s)' % (name, ', '.join(aliases))
        super().__init__([], name, help=help, metavar=label)


class _SubParsersAction(Action):
    def __init__(self, option_strings, prog, parser_class, dest=SUPPRESS, required=False,
                 help=None, metavar=None):
        self._prog_prefix = prog
        self._parser_class = parser_class
        self._name_parser_map = {}
        self._choices_actions = []
        super().__init__(option_strings, dest, PARSER, choices=self._name_parser_map,
                         required=required, help=help, metavar=metavar)

    def add_parser(self, name, **kwargs):
        if kwargs.get('prog') is None:
            kwargs['prog'] = self._prog_prefix + ' ' + name
        aliases = kwargs.pop('aliases', ())
        known = self._name_parser_map
        if name in known:
            raise ArgumentError(self, 'conflicting subparser: %s' % name)
        clash = [alias for alias in aliases if alias in known]
        if clash:
            raise ArgumentError(self, 'conflicting subparser alias: %s' % clash[0])
        if 'help' in kwargs:
            row = _ChoicesPseudoAction(name, aliases, kwargs.pop('help'))
            self._choices_actions.append(row)
        sub = self._parser_class(**kwargs)
        for key in (name,) + tuple(aliases):
            known[key] = sub
        return sub

    def _get_subactions(self):
        return self._choices_actions

    def __call__(self, parser, namespace, values, option_string=None):
        command, rest = values[0], values[1:]
        if self.dest is not SUPPRESS:
            setattr(namespace, self.dest, command)
        sub = self._name_parser_map.get(command)
        if sub is None:
            raise ArgumentError(self, 'unknown parser %r (choices: %s)'
                                % (command, ', '.join(self._name_parser_map)))
        sub_ns, leftover = sub.parse_known_args(rest, None)
        for key, value in vars(sub_ns).items():
            setattr(namespace, key, value)
        if leftover:
            if not hasattr(namespace, _LEFTOVER):
                setattr(namespace, _LEFTOVER, [])
            getattr(namespace, _LEFTOVER).extend(leftover)


class FileType(object):
    """A type= converter that opens the named file ('-' is stdin or stdout)."""

    def __init__(self, mode='r', bufsize=-1, encoding=None, errors=None):
        self._mode = mode
        self._bufsize = bufsize
        self._encoding = encoding
        self._errors = errors

    def __call__(self, string):
        mode = self._mode
        if string == '-':
            if 'r' in mode:
                stream = _sys.stdin
            elif 'w' in mode or 'a' in mode or 'x' in mode:
                stream = _sys.stdout
            else:
                raise ValueError('argument "-" with mode %r' % mode)
            return stream.buffer if 'b' in mode else stream
        try:
            return open(string, mode, self._bufsize, self._encoding, self._errors)
        except OSError as exc:
            raise ArgumentTypeError("can't open '%s': %s" % (string, exc))

    def __repr__(self):
        shown = [repr(self._mode)]
        if self._bufsize != -1:
            shown.append(repr(self._bufsize))
        for key in ('encoding', 'errors'):
            value = getattr(self, '_' + key)
            if value is not None:
                shown.append('%s=%r' % (key, value))
        return '%s(%s)' % (type(self).__name__, ', '.join(shown))


# ------------------------------------------------------------------ help formatting

def _terminal_columns():
    """Like shutil.get_terminal_size().columns: $COLUMNS, the terminal, else 80."""
    try:
        columns = int(_os.environ['COLUMNS'])
    except (KeyError, ValueError):
        columns = 0
    if columns <= 0:
        try:
            columns = _os.get_terminal_size(_sys.__stdout__.fileno()).columns
        except (AttributeError, ValueError, OSError):
            columns = 0
    return columns if columns > 0 else 80


def _tidy(text):
    """Final clean-up of help text: at most one blank line in a row, one final newline."""
    return _re.sub(r'\n\n\n+', '\n\n', text).strip('\n') + '\n'


_SPACES = _re.compile(r'\s+', _re.ASCII)
# Usage is wrapped between tokens; a bracketed group never splits.
_USAGE_TOKENS = _re.compile(r'\(.*?\)+(?=\s|$)|\[.*?\]+(?=\s|$)|\S+')
# Tidying of usage text: no space inside brackets, and no empty brackets.
_USAGE_CLEANUP = [(_re.compile(r'([\[(]) '), r'\1'), (_re.compile(r' ([\])])'), r'\1'),
                  (_re.compile(r'[\[(] *[\])]'), '')]


def _wrap_words(words, width, indent, used=None):
    """Greedy fill of words into lines at most `width` wide. Lines after the first
    start with `indent`; so does the first, unless `used` says how many columns
    of it are already taken (it is then returned without the indent)."""
    lines, current = [], []
    lead, room_used = (indent, len(indent)) if used is None else ('', used)
    for word in words:
        if current and room_used + len(word) > width:
            lines.append(lead + ' '.join(current))
            current, lead, room_used = [], indent, len(indent)
        current.append(word)
        room_used += len(word) + 1
    if current:
        lines.append(lead + ' '.join(current))
    return lines


class HelpFormatter(object):
    """Formats usage and help text."""

    def __init__(self, prog, indent_increment=2, max_help_position=24, width=None):
        if width is None:
            width = _terminal_columns() - 2
        self._prog = prog
        self._indent_increment = indent_increment
        self._max_help_position = min(max_help_position,
                                      max(width - 20, 2 * indent_increment))
        self._width = width
        self._current_indent = 0
        # Widest argument invocation seen (plus its indent): where help columns start.
        self._action_max_length = 0
        self._root_section = self._section = _Section(None, None)

    # -- building: record what to show; format_help() lays it out

    def _indent(self):
        self._current_indent += self._indent_increment

    def _dedent(self):
        self._current_indent -= self._indent_increment

    def start_section(self, heading):
        self._indent()
        inner = _Section(heading, self._section)
        self._section.items.append(lambda: self._render(inner))
        self._section = inner

    def end_section(self):
        self._section = self._section.parent
        self._dedent()

    def add_text(self, text):
        if text is not SUPPRESS and text is not None:
            self._section.items.append(lambda: self._format_text(text))

    def add_usage(self, usage, actions, groups, prefix=None):
        if usage is not SUPPRESS:
            self._section.items.append(
                lambda: self._format_usage(usage, actions, groups, prefix))

    def add_argument(self, action):
        if action.help is SUPPRESS:
            return
        shown = [action] + list(self._subactions(action))
        widest = max(len(self._format_action_invocation(a)) for a in shown)
        self._action_max_length = max(self._action_max_length,
                                      widest + self._current_indent)
        self._section.items.append(lambda: self._format_action(action))

    def add_arguments(self, actions):
        for action in actions:
            self.add_argument(action)

    def format_help(self):
        text = self._render(self._root_section)
        return _tidy(text) if text else text

    def _render(self, section):
        nested = section.parent is not None
        if nested:
            self._indent()
        body = ''.join(item() for item in section.items)
        if nested:
            self._dedent()
        if not body:
            return ''
        title = section.title
        heading = ''
        if title is not None and title is not SUPPRESS:
            heading = ' ' * self._current_indent + title + ':\n'
        return '\n' + heading + body + '\n'

    # -- hooks that subclasses override

    def _fill_text(self, text, width, indent):
        import textwrap
        flat = _SPACES.sub(' ', text).strip()
        return textwrap.fill(flat, width, initial_indent=indent, subsequent_indent=indent)

    def _split_lines(self, text, width):
        import textwrap
        return textwrap.wrap(_SPACES.sub(' ', text).strip(), width)

    def _get_help_string(self, action):
        return action.help

    def _get_default_metavar_for_optional(self, action):
        return action.dest.upper()

    def _get_default_metavar_for_positional(self, action):
        return action.dest

    def _metavar_formatter(self, action, default_metavar):
        if action.metavar is not None:
            name = action.metavar
        elif action.choices is not None:
            name = '{%s}' % ','.join(map(str, action.choices))
        else:
            name = default_metavar
        return lambda count: name if isinstance(name, tuple) else (name,) * count

    def _format_args(self, action, default_metavar):
        names = self._metavar_formatter(action, default_metavar)
        nargs = action.nargs
        if nargs is None:
            return '%s' % names(1)
        if nargs == OPTIONAL:
            return '[%s]' % names(1)
        if nargs == ZERO_OR_MORE:
            pair = names(1)
            return ('[%s [%s ...]]' if len(pair) == 2 else '[%s ...]') % pair
        if nargs == ONE_OR_MORE:
            return '%s [%s ...]' % names(2)
        if nargs == REMAINDER:
            return '...'
        if nargs == PARSER:
            return '%s ...' % names(1)
        if nargs == SUPPRESS:
            return ''
        try:
            slots = ' '.join(['%s'] * nargs)
        except TypeError:
            raise ValueError('invalid nargs value') from None
        return slots % names(nargs)

    def _format_action_invocation(self, action):
        if not action.option_strings:
            (name,) = self._metavar_formatter(
                action, self._get_default_metavar_for_positional(action))(1)
            return name
        if action.nargs == 0:
            return ', '.join(action.option_strings)
        shown = self._format_args(action, self._get_default_metavar_for_optional(action))
        return ', '.join(flag + ' ' + shown for flag in action.option_strings)

    def _expand_help(self, action):
        values = {}
        for key, value in dict(vars(action), prog=self._prog).items():
            if value is SUPPRESS:
                continue
            values[key] = getattr(value, '__name__', value)
        if values.get('choices') is not None:
            values['choices'] = ', '.join(str(c) for c in values['choices'])
        return self._get_help_string(action) % values

    # -- text blocks

    def _format_text(self, text):
        """A paragraph (description, epilog): %(prog)s expanded, filled, blank line."""
        if '%(prog)' in text:
            text = text % {'prog': self._prog}
        indent = self._current_indent
        return self._fill_text(text, max(self._width - indent, 11), ' ' * indent) + '\n\n'

    # -- usage

    def _usage_of(self, action):
        """One argument as it appears in usage (before any [] for optionality)."""
        if not action.option_strings:
            return self._format_args(action, self._get_default_metavar_for_positional(action))
        if action.nargs == 0:
            return action.format_usage()
        return '%s %s' % (action.option_strings[0],
                          self._format_args(action, self._get_default_metavar_for_optional(action)))

    def _usage_text(self, actions, groups):
        """The arguments part of usage for `actions` (in that order). A mutually
        exclusive group shows as one [a | b] alternative when its members are
        consecutive in `actions`; brackets left empty by hidden members vanish."""
        marks = {}
        in_group = set()
        for group in groups:
            members = group._group_actions
            if not members:
                raise ValueError('empty group %s' % (group,))
            if members[0] not in actions:
                continue
            first = actions.index(members[0])
            last = first + len(members)
            if actions[first:last] != members:
                continue
            in_group.update(members)
            if not group.required:
                left, right = '[', ']'
            elif sum(a.help is not SUPPRESS for a in members) > 1:
                left, right = '(', ')'
            else:
                # A required group showing one choice (or none) needs no brackets.
                continue
            marks[first] = marks[first] + ' ' + left if first in marks else left
            marks[last] = marks[last] + right if last in marks else right
            for between in range(first + 1, last):
                marks[between] = '|'
        parts = []
        for at, action in enumerate(actions):
            if action.help is SUPPRESS:
                # A hidden member takes one of its separators with it.
                if marks.get(at) == '|':
                    del marks[at]
                elif marks.get(at + 1) == '|':
                    del marks[at + 1]
                parts.append(None)
                continue
            text = self._usage_of(action)
            if action in in_group:
                if not action.option_strings and text[:1] == '[' and text[-1:] == ']':
                    text = text[1:-1]
            elif action.option_strings and not action.required:
                text = '[' + text + ']'
            parts.append(text)
        for at in sorted(marks, reverse=True):
            parts.insert(at, marks[at])
        text = ' '.join(part for part in parts if part is not None)
        for pattern, replacement in _USAGE_CLEANUP:
            text = pattern.sub(replacement, text)
        return text.strip()

    def _format_usage(self, usage, actions, groups, prefix):
        """'usage: ...' followed by a blank line."""
        if prefix is None:
            prefix = 'usage: '
        prog = self._prog
        if usage is not None:
            body = usage % {'prog': prog}
        elif not actions:
            body = prog
        else:
            opt_actions = [a for a in actions if a.option_strings]
            pos_actions = [a for a in actions if not a.option_strings]
            text = self._usage_text(opt_actions + pos_actions, groups)
            body = prog + ' ' + text if text and prog else prog or text
            if len(prefix) + len(body) > self._width - self._current_indent:
                words = []
                for some in (opt_actions, pos_actions):
                    text = self._usage_text(some, groups)
                    words.append(_USAGE_TOKENS.findall(text))
                    # (CPython fails the same way when a metavar defeats the split.)
                    if ' '.join(words[-1]) != text:
                        raise AssertionError()
                body = '\n'.join(self._wrapped_usage(prefix, prog, *words))
        return prefix + body + '\n\n'

    def _wrapped_usage(self, prefix, prog, opts, poss):
        width = self._width - self._current_indent
        if len(prefix) + len(prog) <= 0.75 * width:
            # Continuation lines line up after the program name.
            pad = ' ' * (len(prefix) + len(prog) + 1)
            if opts:
                return (_wrap_words([prog] + opts, width, pad, len(prefix))
                        + _wrap_words(poss, width, pad))
            if poss:
                return _wrap_words([prog] + poss, width, pad, len(prefix))
            return [prog]
        # A long program name stands alone; the arguments go below it.
        pad = ' ' * len(prefix)
        lines = _wrap_words(opts + poss, width, pad)
        if len(lines) > 1:
            lines = _wrap_words(opts, width, pad) + _wrap_words(poss, width, pad)
        return [prog] + lines

    # -- argument rows

    def _subactions(self, action):
        children = getattr(action, '_get_subactions', None)
        return children() if children is not None else ()

    def _format_action(self, action):
        """The help row(s) of one argument (and of its subcommands, indented)."""
        indent = self._current_indent
        help_position = min(self._action_max_length + 2, self._max_help_position)
        head = self._format_action_invocation(action)
        room = help_position - indent - 2
        lead = ' ' * indent
        if not action.help:
            out, first = [lead + head + '\n'], None
        elif len(head) <= room:
            out, first = [lead + head.ljust(room) + '  '], 0
        else:
            out, first = [lead + head + '\n'], help_position
        if action.help and action.help.strip():
            text = self._expand_help(action)
            if text:
                lines = self._split_lines(text, max(self._width - help_position, 11))
                if lines:
                    out.append(' ' * first + lines[0] + '\n')
                    out.extend(' ' * help_position + line + '\n' for line in lines[1:])
                elif first == 0:
                    out.append('\n')
        elif not out[-1].endswith('\n'):
            out.append('\n')
        self._indent()
        out.extend(self._format_action(child) for child in self._subactions(action))
        self._dedent()
        return ''.join(out)


class _Section(object):
    """A titled part of help output: items are callables returning text."""

    def __init__(self, title, parent):
        self.title = title
        self.parent = parent
        self.items = []


class RawDescriptionHelpFormatter(HelpFormatter):
    """Keeps description and epilog line breaks as written."""

    def _fill_text(self, text, width, indent):
        return ''.join([indent + line for line in text.splitlines(True)])


class RawTextHelpFormatter(RawDescriptionHelpFormatter):
    """Keeps all help text (arguments included) as written."""

    def _split_lines(self, text, width):
        return text.splitlines()


class ArgumentDefaultsHelpFormatter(HelpFormatter):
    """Adds the default value to each argument's help."""

    def _get_help_string(self, action):
        text = action.help or ''
        if '%(default)' in text or action.default is SUPPRESS:
            return text
        if action.option_strings or action.nargs in (OPTIONAL, ZERO_OR_MORE):
            text += ' (default: %(default)s)'
        return text


class MetavarTypeHelpFormatter(HelpFormatter):
    """Uses each argument's type name as its default metavar."""

    def _get_default_metavar_for_optional(self, action):
        return action.type.__name__

    def _get_default_metavar_for_positional(self, action):
        return action.type.__name__


# ------------------------------------------------------------------ containers

_ACTION_NAMES = {None: _StoreAction, 'store': _StoreAction,
                 'store_const': _StoreConstAction, 'store_true': _StoreTrueAction,
                 'store_false': _StoreFalseAction, 'append': _AppendAction,
                 'append_const': _AppendConstAction, 'count': _CountAction,
                 'help': _HelpAction, 'version': _VersionAction,
                 'parsers': _SubParsersAction, 'extend': _ExtendAction}
_NEGATIVE_NUMBER = _re.compile(r'^-\d+$|^-\d*\.\d+$')


class _ActionsContainer(object):
    """What parsers and argument groups share: declaring arguments."""

    def __init__(self, description, prefix_chars, argument_default, conflict_handler):
        self.description, self.prefix_chars = description, prefix_chars
        self.argument_default, self.conflict_handler = argument_default, conflict_handler
        if conflict_handler not in ('error', 'resolve'):
            raise ValueError('invalid conflict_resolution value: %r' % (conflict_handler,))
        self._registries = {'action': dict(_ACTION_NAMES)}
        self._actions, self._action_groups, self._mutually_exclusive_groups = [], [], []
        self._option_string_actions, self._defaults = {}, {}
        self._negative_number_matcher = _NEGATIVE_NUMBER
        # Non-empty once an option looks like a negative number ("-1"): then such
        # strings are options, not values.
        self._has_negative_number_optionals = list()

    def register(self, registry_name, value, object):
        self._registries.setdefault(registry_name, {})[value] = object

    def _registry_get(self, registry_name, value, default=None):
        return self._registries.get(registry_name, {}).get(value, default)

    def set_defaults(self, **kwargs):
        self._defaults.update(kwargs)
        for act in self._actions:
            if act.dest in kwargs:
                act.default = kwargs[act.dest]

    def get_default(self, dest):
        for act in self._actions:
            if act.dest == dest and act.default is not None:
                return act.default
        return self._defaults.get(dest)

    def add_argument(self, *args, **kwargs):
        """add_argument(dest, ..., name=value, ...) or
        add_argument(option_string, option_string, ..., name=value, ...)"""
        positional = not args or (len(args) == 1 and args[0][0] not in self.prefix_chars)
        if positional and args and 'dest' in kwargs:
            raise ValueError('dest supplied twice for positional argument')
        if positional:
            spec = self._get_positional_kwargs(*args, **kwargs)
        else:
            spec = self._get_optional_kwargs(*args, **kwargs)
        if 'default' not in spec:
            if spec['dest'] in self._defaults:
                spec['default'] = self._defaults[spec['dest']]
            elif self.argument_default is not None:
                spec['default'] = self.argument_default
        factory = self._pop_action_class(spec)
        if not callable(factory):
            raise ValueError('unknown action "%s"' % (factory,))
        action = factory(**spec)
        converter = self._registry_get('type', action.type, action.type)
        if not callable(converter):
            raise ValueError('%r is not callable' % (converter,))
        if converter is FileType:
            raise ValueError('%r is a FileType class object, instance of it must be passed'
                             % (converter,))
        if hasattr(self, '_get_formatter'):
            # Catches metavar tuples whose length does not fit nargs.
            fmt = self._get_formatter()
            try:
                fmt._format_args(action, None)
            except TypeError:
                raise ValueError('length of metavar tuple does not match nargs')
        self._add_action(action)
        return action

    def add_argument_group(self, *args, **kwargs):
        made = _ArgumentGroup(self, *args, **kwargs)
        self._action_groups.append(made)
        return made

    def add_mutually_exclusive_group(self, **kwargs):
        made = _MutuallyExclusiveGroup(self, **kwargs)
        self._mutually_exclusive_groups.append(made)
        return made

    def _add_action(self, action):
        self._check_conflict(action)
        self._actions.append(action)
        action.container = self
        flags = action.option_strings
        for flag in flags:
            self._option_string_actions[flag] = action
        if any(_NEGATIVE_NUMBER.match(flag) for flag in flags):
            self._has_negative_number_optionals[:] = [True]
        return action

    def _remove_action(self, action):
        self._actions.remove(action)

    def _get_positional_kwargs(self, dest, **kwargs):
        if 'required' in kwargs:
            raise TypeError("'required' is an invalid argument for positionals")
        nargs = kwargs.get('nargs')
        # '?' and '*' may be left out -- '*' only when it has a default.
        if nargs not in (OPTIONAL, ZERO_OR_MORE) or (
                nargs == ZERO_OR_MORE and 'default' not in kwargs):
            kwargs['required'] = True
        kwargs.update(dest=dest, option_strings=[])
        return kwargs

    def _get_optional_kwargs(self, *args, **kwargs):
        chars = self.prefix_chars
        for flag in args:
            if flag[0] not in chars:
                raise ValueError('invalid option string %r: must start with a character %r'
                                 % (flag, chars))
        name = kwargs.pop('dest', None)
        if name is None:
            longs = [f for f in args if len(f) > 1 and f[1] in chars]
            name = (longs or args)[0].lstrip(chars)
            if not name:
                raise ValueError('dest= is required for options like %r' % (args[-1],))
            name = name.replace('-', '_')
        kwargs.update(dest=name, option_strings=list(args))
        return kwargs

    def _pop_action_class(self, kwargs, default=None):
        name = kwargs.pop('action', default)
        return self._registry_get('action', name, name)

    def _check_conflict(self, action):
        known = self._option_string_actions
        clashes = [(flag, known[flag]) for flag in action.option_strings if flag in known]
        if not clashes:
            return
        if self.conflict_handler == 'resolve':
            # The newer argument wins: the older one loses the flag (and vanishes
            # when it has no flag left).
            for flag, older in clashes:
                older.option_strings.remove(flag)
                known.pop(flag, None)
                if not older.option_strings:
                    older.container._remove_action(older)
            return
        raise ArgumentError(action, 'conflicting option string%s: %s' % (
            '' if len(clashes) == 1 else 's', ', '.join(flag for flag, _ in clashes)))


class _ArgumentGroup(_ActionsContainer):
    def __init__(self, container, title=None, description=None, **kwargs):
        for key in ('conflict_handler', 'prefix_chars', 'argument_default'):
            kwargs.setdefault(key, getattr(container, key))
        super().__init__(description=description, **kwargs)
        self.title = title
        self._group_actions = []
        # A group registers into the tables of the parser that holds it.
        for shared in ('_registries', '_actions', '_option_string_actions', '_defaults',
                       '_has_negative_number_optionals', '_mutually_exclusive_groups'):
            setattr(self, shared, getattr(container, shared))

    def _add_action(self, action):
        super()._add_action(action)
        self._group_actions.append(action)
        return action

    def _remove_action(self, action):
        super()._remove_action(action)
        self._group_actions.remove(action)


class _MutuallyExclusiveGroup(_ArgumentGroup):
    def __init__(self, container, required=False):
        super().__init__(container)
        self.required = required
        self._container = container

    def _add_action(self, action):
        if action.required:
            raise ValueError('mutually exclusive arguments must be optional')
        self._container._add_action(action)
        self._group_actions.append(action)
        return action

    def _remove_action(self, action):
        self._container._remove_action(action)
        self._group_actions.remove(action)


# ------------------------------------------------------------------ the parser

def _identity(string):
    return string


class ArgumentParser(_AttributeHolder, _ActionsContainer):
    """Parses command-line strings into a Namespace, with generated usage and help."""

    def __init__(self, prog=None, usage=None, description=None, epilog=None, parents=[],
                 formatter_class=HelpFormatter, prefix_chars='-', fromfile_prefix_chars=None,
                 argument_default=None, conflict_handler='error', add_help=True,
                 allow_abbrev=True, exit_on_error=True):
        super().__init__(description, prefix_chars, argument_default, conflict_handler)
        if prog is None:
            argv0 = _sys.argv[0] if _sys.argv else ''
            prog = _os.path.basename(argv0) if argv0 else ''
        self.prog, self.usage, self.epilog = prog, usage, epilog
        self.formatter_class, self.add_help = formatter_class, add_help
        self.fromfile_prefix_chars = fromfile_prefix_chars
        self.allow_abbrev, self.exit_on_error = allow_abbrev, exit_on_error
        self._positionals = self.add_argument_group('positional arguments')
        self._optionals = self.add_argument_group('options')
        self._subparsers = None
        self.register('type', None, _identity)
        if add_help:
            lead = '-' if '-' in prefix_chars else prefix_chars[0]
            self.add_argument(lead + 'h', lead * 2 + 'help', action='help', default=SUPPRESS,
                              help='show this help message and exit')
        for source in parents:
            self._add_container_actions(source)
            self._defaults.update(getattr(source, '_defaults', {}))

    def _add_container_actions(self, container):
        """Copy the arguments (and their groups) of a parent parser."""
        by_title = {}
        for mine in self._action_groups:
            if mine.title in by_title:
                raise ValueError('cannot merge actions - two groups are named %r'
                                 % (mine.title,))
            by_title[mine.title] = mine
        target = {}
        for theirs in container._action_groups:
            mine = by_title.get(theirs.title)
            if mine is None:
                mine = self.add_argument_group(title=theirs.title,
                                               description=theirs.description,
                                               conflict_handler=theirs.conflict_handler)
                by_title[theirs.title] = mine
            target.update((act, mine) for act in theirs._group_actions)
        for theirs in container._mutually_exclusive_groups:
            mine = self.add_mutually_exclusive_group(required=theirs.required)
            target.update((act, mine) for act in theirs._group_actions)
        for act in container._actions:
            target.get(act, self)._add_action(act)

    def _get_kwargs(self):
        return [(key, getattr(self, key)) for key in
                ('prog', 'usage', 'description', 'formatter_class', 'conflict_handler',
                 'add_help')]

    def add_subparsers(self, **kwargs):
        if self._subparsers:
            self.error('cannot have multiple subparser arguments')
        if 'parser_class' not in kwargs:
            kwargs['parser_class'] = type(self)
        home = self._positionals
        if 'title' in kwargs or 'description' in kwargs:
            home = self.add_argument_group(kwargs.pop('title', 'subcommands'),
                                           kwargs.pop('description', None))
        self._subparsers = home
        if kwargs.get('prog') is None:
            # Subcommand programs are named after this parser and its positionals.
            fmt = self._get_formatter()
            before = self._get_positional_actions()
            fmt.add_usage(self.usage, before, self._mutually_exclusive_groups, '')
            kwargs['prog'] = fmt.format_help().strip()
        factory = self._pop_action_class(kwargs, 'parsers')
        action = factory(option_strings=[], **kwargs)
        home._add_action(action)
        return action

    def _get_optional_actions(self):
        return [a for a in self._actions if a.option_strings]

    def _get_positional_actions(self):
        return [a for a in self._actions if not a.option_strings]

    def _add_action(self, action):
        group = self._optionals if action.option_strings else self._positionals
        group._add_action(action)
        return action

    # -- parsing

    def parse_args(self, args=None, namespace=None):
        namespace, extras = self.parse_known_args(args, namespace)
        if extras:
            self.error('unrecognized arguments: ' + ' '.join(extras))
        return namespace

    def parse_known_args(self, args=None, namespace=None):
        args = _sys.argv[1:] if args is None else list(args)
        if namespace is None:
            namespace = Namespace()
        for action in self._actions:
            dest = action.dest
            if dest is SUPPRESS or hasattr(namespace, dest) or action.default is SUPPRESS:
                continue
            setattr(namespace, dest, action.default)
        for key, value in self._defaults.items():
            if not hasattr(namespace, key):
                setattr(namespace, key, value)
        try:
            if self.fromfile_prefix_chars:
                args = self._read_args_from_files(args)
            namespace, extras = _Run(self, args, namespace).parse()
        except ArgumentError as err:
            if not self.exit_on_error:
                raise
            self.error(str(err))
        passed_up = getattr(namespace, _LEFTOVER, None)
        if passed_up is not None:
            extras += passed_up
            delattr(namespace, _LEFTOVER)
        return namespace, extras

    def parse_intermixed_args(self, args=None, namespace=None):
        namespace, extras = self.parse_known_intermixed_args(args, namespace)
        if extras:
            self.error('unrecognized arguments: ' + ' '.join(extras))
        return namespace

    def parse_known_intermixed_args(self, args=None, namespace=None):
        """Options first (wherever they are), then the positionals from what is left."""
        positionals = self._get_positional_actions()
        for action in positionals:
            if action.nargs in (PARSER, REMAINDER):
                raise TypeError('parse_intermixed_args: positional arg with nargs=%s'
                                % action.nargs)
        for grp in self._mutually_exclusive_groups:
            if any(a in positionals for a in grp._group_actions):
                raise TypeError('parse_intermixed_args: positional in mutuallyExclusiveGroup')
        own_usage = self.usage
        try:
            if own_usage is None:
                self.usage = self.format_usage()[len('usage: '):]
            namespace, rest = self._pass_without_positionals(positionals, args, namespace)
            return self._pass_without_required(rest, namespace)
        finally:
            self.usage = own_usage

    def _pass_without_positionals(self, positionals, args, namespace):
        kept = [(a.nargs, a.default) for a in positionals]
        try:
            for action in positionals:
                action.nargs = action.default = SUPPRESS
            namespace, rest = self.parse_known_args(args, namespace)
            for act in positionals:
                if getattr(namespace, act.dest, None) == []:
                    import warnings
                    warnings.warn('Do not expect %s in %s' % (act.dest, namespace))
                    delattr(namespace, act.dest)
        finally:
            for action, (nargs, default) in zip(positionals, kept):
                action.nargs, action.default = nargs, default
        return namespace, rest

    def _pass_without_required(self, args, namespace):
        relaxed = self._get_optional_actions()
        relaxed += self._mutually_exclusive_groups
        kept = [item.required for item in relaxed]
        try:
            for item in relaxed:
                item.required = False
            return self.parse_known_args(args, namespace)
        finally:
            for item, flag in zip(relaxed, kept):
                item.required = flag

    def _read_args_from_files(self, arg_strings):
        out = []
        for arg in arg_strings:
            if not arg or arg[0] not in self.fromfile_prefix_chars:
                out.append(arg)
                continue
            try:
                with open(arg[1:]) as handle:
                    text = handle.read()
            except OSError as err:
                self.error(str(err))
            loaded = []
            for line in text.splitlines():
                loaded.extend(self.convert_arg_line_to_args(line))
            out.extend(self._read_args_from_files(loaded))
        return out

    def convert_arg_line_to_args(self, arg_line):
        return [arg_line]

    def _parse_optional(self, arg_string):
        """(action, option string, attached value) when arg_string is an option, else
        None. The action is None for an option-like string no option matches."""
        if not arg_string or arg_string[0] not in self.prefix_chars:
            return None
        known = self._option_string_actions
        if arg_string in known:
            return known[arg_string], arg_string, None
        if len(arg_string) == 1:
            return None
        flag, eq, value = arg_string.partition('=')
        if eq and flag in known:
            return known[flag], flag, value
        found = self._option_candidates(arg_string)
        if len(found) > 1:
            self.error('ambiguous option: %s could match %s'
                       % (arg_string, ', '.join(name for _, name, _ in found)))
        if found:
            return found[0]
        if _NEGATIVE_NUMBER.match(arg_string) and not self._has_negative_number_optionals:
            return None
        if ' ' in arg_string:
            return None
        return None, arg_string, None

    def _option_candidates(self, arg_string):
        """Options that arg_string may abbreviate (or, for a short option, that it
        starts with, the rest being the value)."""
        chars = self.prefix_chars
        if arg_string[0] not in chars:
            self.error('unexpected option string: %s' % arg_string)
        out = []
        if arg_string[1] in chars:
            if self.allow_abbrev:
                stem, eq, value = arg_string.partition('=')
                value = value if eq else None
                out = [(act, name, value) for name, act in self._option_string_actions.items()
                       if name.startswith(stem)]
            return out
        head, tail = arg_string[:2], arg_string[2:]
        for name, act in self._option_string_actions.items():
            if name == head:
                out.append((act, name, tail))
            elif name.startswith(arg_string):
                out.append((act, name, None))
        return out

    def _get_values(self, action, arg_strings):
        nargs = action.nargs
        if nargs not in (PARSER, REMAINDER) and '--' in arg_strings:
            arg_strings.remove('--')
        positional = not action.option_strings
        if not arg_strings and nargs == OPTIONAL:
            # A missing optional value: the const (option) or default (positional).
            result = action.default if positional else action.const
            if not isinstance(result, str):
                return result
            result = self._get_value(action, result)
            allowed = [result]
        elif not arg_strings and nargs == ZERO_OR_MORE and positional:
            result = arg_strings if action.default is None else action.default
            allowed = [result]
        elif len(arg_strings) == 1 and nargs in (None, OPTIONAL):
            result = self._get_value(action, arg_strings[0])
            allowed = [result]
        elif nargs == SUPPRESS:
            return SUPPRESS
        else:
            result = [self._get_value(action, text) for text in arg_strings]
            if nargs == REMAINDER:
                allowed = []
            elif nargs == PARSER:
                allowed = result[:1]
            else:
                allowed = result
        for value in allowed:
            self._check_value(action, value)
        return result

    def _get_value(self, action, arg_string):
        convert = self._registry_get('type', action.type, action.type)
        if not callable(convert):
            raise ArgumentError(action, '%r is not callable' % (convert,))
        try:
            return convert(arg_string)
        except ArgumentTypeError as problem:
            raise ArgumentError(action, str(problem))
        except (ValueError, TypeError):
            label = getattr(action.type, '__name__', repr(action.type))
            raise ArgumentError(action, 'invalid %s value: %r' % (label, arg_string))

    def _check_value(self, action, value):
        allowed = action.choices
        if allowed is not None and value not in allowed:
            raise ArgumentError(action, 'invalid choice: %r (choose from %s)'
                                % (value, ', '.join(map(repr, allowed))))

    # -- help and errors

    def format_usage(self):
        fmt = self._get_formatter()
        fmt.add_usage(self.usage, self._actions, self._mutually_exclusive_groups)
        return fmt.format_help()

    def format_help(self):
        fmt = self._get_formatter()
        fmt.add_usage(self.usage, self._actions, self._mutually_exclusive_groups)
        fmt.add_text(self.description)
        for group in self._action_groups:
            fmt.start_section(group.title)
            fmt.add_text(group.description)
            fmt.add_arguments(group._group_actions)
            fmt.end_section()
        fmt.add_text(self.epilog)
        return fmt.format_help()

    def _get_formatter(self):
        return self.formatter_class(prog=self.prog)

    def print_usage(self, file=None):
        self._print_message(self.format_usage(), _sys.stdout if file is None else file)

    def print_help(self, file=None):
        self._print_message(self.format_help(), _sys.stdout if file is None else file)

    def _print_message(self, message, file=None):
        if not message:
            return
        try:
            (file or _sys.stderr).write(message)
        except (AttributeError, OSError):
            pass

    def exit(self, status=0, message=None):
        if message:
            self._print_message(message, _sys.stderr)
        _sys.exit(status)

    def error(self, message):
        """Print usage and `prog: error: message` to stderr, then exit with status 2."""
        self.print_usage(_sys.stderr)
        self.exit(2, '%s: error: %s\n' % (self.prog, message))


# ------------------------------------------------------------------ one parse

# How many argument strings each nargs takes, as a regex over the classified
# command line: 'A' argument, 'O' option, '-' the '--' marker.
_NARGS_PATTERNS = {None: '(-*A-*)', OPTIONAL: '(-*A?-*)', ZERO_OR_MORE: '(-*[A-]*)',
                   ONE_OR_MORE: '(-*A[A-]*)', REMAINDER: '([-AO]*)',
                   PARSER: '(-*A[-AO]*)', SUPPRESS: '(-*-*)'}
_NARGS_ERRORS = {None: 'expected one argument', OPTIONAL: 'expected at most one argument',
                 ONE_OR_MORE: 'expected at least one argument'}


def _nargs_regex(action):
    nargs = action.nargs
    regex = _NARGS_PATTERNS.get(nargs)
    if regex is None:
        regex = '(-*%s-*)' % '-*'.join('A' * nargs)
    if action.option_strings:
        # An option's values never include '--'.
        regex = regex.replace('-*', '').replace('-', '')
    return regex


class _Run(object):
    """One pass of a parser over a list of argument strings."""

    def __init__(self, parser, args, namespace):
        self.parser = parser
        self.args = args
        self.namespace = namespace
        self.seen = set()
        self.set_by_user = set()
        self.rivals = {}
        for group in parser._mutually_exclusive_groups:
            for action in group._group_actions:
                others = [a for a in group._group_actions if a is not action]
                self.rivals.setdefault(action, []).extend(others)
        self.waiting = [a for a in parser._actions if not a.option_strings]

    def classify(self):
        """One letter per string ('O', 'A', '-') and the options found, by position."""
        letters, options = [], {}
        after_marker = False
        for at, text in enumerate(self.args):
            if after_marker:
                letters.append('A')
            elif text == '--':
                letters.append('-')
                after_marker = True
            else:
                found = self.parser._parse_optional(text)
                if found is None:
                    letters.append('A')
                else:
                    letters.append('O')
                    options[at] = found
        return ''.join(letters), options

    def parse(self):
        self.shape, self.options = self.classify()
        extras = []
        at = 0
        last = max(self.options, default=-1)
        while at <= last:
            next_option = min(i for i in self.options if i >= at)
            if at != next_option:
                moved = self.positionals(at)
                if moved > at:
                    at = moved
                    continue
                at = moved
            if at not in self.options:
                extras += self.args[at:next_option]
                at = next_option
            at = self.option(at, extras)
        at = self.positionals(at)
        extras += self.args[at:]
        self.finish()
        return self.namespace, extras

    def apply(self, action, strings, flag=None):
        self.seen.add(action)
        values = self.parser._get_values(action, strings)
        if values is not action.default:
            self.set_by_user.add(action)
            for other in self.rivals.get(action, ()):
                if other in self.set_by_user:
                    raise ArgumentError(action, 'not allowed with argument %s'
                                        % _describe(other))
        if values is not SUPPRESS:
            action(self.parser, self.namespace, values, flag)

    def arg_count(self, action, shape):
        found = _re.match(_nargs_regex(action), shape)
        if found is not None:
            return len(found.group(1))
        message = _NARGS_ERRORS.get(action.nargs)
        if message is None:
            count = action.nargs
            message = ('expected %s argument' if count == 1
                       else 'expected %s arguments') % count
        raise ArgumentError(action, message)

    def option(self, at, extras):
        """Handle the option at position `at`; return the position after its values.
        '-xyz' may be several single-letter flags packed together."""
        action, flag, attached = self.options[at]
        parser = self.parser
        calls = []
        while True:
            if action is None:
                extras.append(self.args[at])
                return at + 1
            if attached is None:
                count = self.arg_count(action, self.shape[at + 1:])
                end = at + 1 + count
                calls.append((action, self.args[at + 1:end], flag))
                break
            count = self.arg_count(action, 'A')
            if count == 1:
                calls.append((action, [attached], flag))
                end = at + 1
                break
            packed = (count == 0 and flag[1] not in parser.prefix_chars and attached != '')
            if not packed:
                raise ArgumentError(action, 'ignored explicit argument %r' % attached)
            calls.append((action, [], flag))
            flag = flag[0] + attached[0]
            following = parser._option_string_actions.get(flag)
            if following is None:
                raise ArgumentError(action, 'ignored explicit argument %r' % attached)
            action, attached = following, attached[1:] or None
        for action, strings, flag in calls:
            self.apply(action, strings, flag)
        return end

    def positionals(self, at):
        """Give the strings from `at` to as many waiting positionals as can take them."""
        shape = self.shape[at:]
        counts = []
        for n in range(len(self.waiting), 0, -1):
            found = _re.match(''.join(_nargs_regex(a) for a in self.waiting[:n]), shape)
            if found is not None:
                counts = [len(g) for g in found.groups()]
                break
        for action, count in zip(self.waiting, counts):
            self.apply(action, self.args[at:at + count])
            at += count
        del self.waiting[:len(counts)]
        return at

    def finish(self):
        parser, namespace = self.parser, self.namespace
        missing = []
        for action in parser._actions:
            if action in self.seen:
                continue
            if action.required:
                missing.append(_describe(action))
                continue
            # String defaults are converted only when they are used.
            default = action.default
            if (isinstance(default, str) and hasattr(namespace, action.dest)
                    and getattr(namespace, action.dest) is default):
                setattr(namespace, action.dest, parser._get_value(action, default))
        if missing:
            parser.error('the following arguments are required: ' + ', '.join(missing))
        for group in parser._mutually_exclusive_groups:
            if group.required and not any(a in self.set_by_user
                                          for a in group._group_actions):
                names = [_describe(a) for a in group._group_actions
                         if a.help is not SUPPRESS]
                parser.error('one of the arguments %s is required' % ' '.join(names))
