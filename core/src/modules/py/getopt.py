"""Parser for command line options (Unix getopt style)."""

import os

__all__ = ['GetoptError', 'error', 'getopt', 'gnu_getopt']


class GetoptError(Exception):
    opt = ''
    msg = ''

    def __init__(self, msg, opt=''):
        self.msg = msg
        self.opt = opt
        Exception.__init__(self, msg, opt)

    def __str__(self):
        return self.msg


error = GetoptError


def _takes_value(letter, spec):
    # spec is like 'ab:c' -- a colon after a letter means it takes a value
    pos = spec.find(letter)
    if pos < 0 or letter == ':':
        raise GetoptError('option -%s not recognized' % letter, letter)
    return spec[pos + 1:pos + 2] == ':'


def _short(found, cluster, spec, rest):
    # cluster is the text after '-': several flags, or a flag and its value
    i = 0
    while i < len(cluster):
        letter = cluster[i]
        i += 1
        value = ''
        if _takes_value(letter, spec):
            if i < len(cluster):
                value = cluster[i:]
            elif rest:
                value, rest = rest[0], rest[1:]
            else:
                raise GetoptError('option -%s requires argument' % letter, letter)
            i = len(cluster)
        found.append(('-' + letter, value))
    return rest


def _resolve_long(name, longopts):
    # -> (full name, takes a value); unique prefixes are accepted
    matches = [o for o in longopts if o.startswith(name)]
    if not matches:
        raise GetoptError('option --%s not recognized' % name, name)
    if name in matches:
        return name, False
    if name + '=' in matches:
        return name, True
    if len(matches) > 1:
        raise GetoptError('option --%s not a unique prefix' % name, name)
    full = matches[0]
    return (full[:-1], True) if full.endswith('=') else (full, False)


def _long(found, text, longopts, rest):
    name, eq, value = text.partition('=')
    full, wants = _resolve_long(name, longopts)
    if wants:
        if not eq:
            if not rest:
                raise GetoptError('option --%s requires argument' % full, full)
            value, rest = rest[0], rest[1:]
    elif eq:
        raise GetoptError('option --%s must not have an argument' % full, full)
    found.append(('--' + full, value))
    return rest


def _parse(args, shortopts, longopts, permute):
    longopts = [longopts] if isinstance(longopts, str) else list(longopts)
    found, operands = [], []
    args = list(args)
    while args:
        arg, args = args[0], args[1:]
        if arg == '--':
            operands += args
            break
        if arg.startswith('--'):
            args = _long(found, arg[2:], longopts, args)
        elif arg.startswith('-') and arg != '-':
            args = _short(found, arg[1:], shortopts, args)
        elif permute:
            operands.append(arg)
        else:
            operands += [arg] + args
            break
    return found, operands


def getopt(args, shortopts, longopts=[]):
    return _parse(args, shortopts, longopts, False)


def gnu_getopt(args, shortopts, longopts=[]):
    permute = True
    if shortopts.startswith('+'):
        shortopts = shortopts[1:]
        permute = False
    elif os.environ.get('POSIXLY_CORRECT'):
        permute = False
    return _parse(args, shortopts, longopts, permute)
