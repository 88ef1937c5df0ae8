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


def _longlist(longopts):
    return [longopts] if isinstance(longopts, str) else list(longopts)


def getopt(args, shortopts, longopts=[]):
    opts = []
    longopts = _longlist(longopts)
    while args and args[0].startswith('-') and args[0] != '-':
        if args[0] == '--':
            args = args[1:]
            break
        if args[0].startswith('--'):
            opts, args = do_longs(opts, args[0][2:], longopts, args[1:])
        else:
            opts, args = do_shorts(opts, args[0][1:], shortopts, args[1:])
    return opts, args


def gnu_getopt(args, shortopts, longopts=[]):
    opts = []
    rest = []
    longopts = _longlist(longopts)
    if shortopts.startswith('+'):
        shortopts = shortopts[1:]
        in_order = True
    else:
        in_order = bool(os.environ.get('POSIXLY_CORRECT'))
    while args:
        a = args[0]
        if a == '--':
            rest += args[1:]
            break
        if a[:2] == '--':
            opts, args = do_longs(opts, a[2:], longopts, args[1:])
        elif a[:1] == '-' and a != '-':
            opts, args = do_shorts(opts, a[1:], shortopts, args[1:])
        elif in_order:
            rest += args
            break
        else:
            rest.append(a)
            args = args[1:]
    return opts, rest


def do_longs(opts, opt, longopts, args):
    optarg = None
    if '=' in opt:
        opt, optarg = opt.split('=', 1)
    has_arg, opt = long_has_args(opt, longopts)
    if has_arg:
        if optarg is None:
            if not args:
                raise GetoptError('option --%s requires argument' % opt, opt)
            optarg, args = args[0], args[1:]
    elif optarg is not None:
        raise GetoptError('option --%s must not have an argument' % opt, opt)
    opts.append(('--' + opt, optarg or ''))
    return opts, args


def long_has_args(opt, longopts):
    cands = [o for o in longopts if o.startswith(opt)]
    if not cands:
        raise GetoptError('option --%s not recognized' % opt, opt)
    if opt in cands:
        return False, opt
    if opt + '=' in cands:
        return True, opt
    if len(cands) > 1:
        raise GetoptError('option --%s not a unique prefix' % opt, opt)
    match = cands[0]
    if match.endswith('='):
        return True, match[:-1]
    return False, match


def do_shorts(opts, optstring, shortopts, args):
    while optstring != '':
        opt, optstring = optstring[0], optstring[1:]
        if short_has_arg(opt, shortopts):
            if optstring == '':
                if not args:
                    raise GetoptError('option -%s requires argument' % opt, opt)
                optstring, args = args[0], args[1:]
            optarg, optstring = optstring, ''
        else:
            optarg = ''
        opts.append(('-' + opt, optarg))
    return opts, args


def short_has_arg(opt, shortopts):
    for i, c in enumerate(shortopts):
        if c == opt and c != ':':
            return shortopts.startswith(':', i + 1)
    raise GetoptError('option -%s not recognized' % opt, opt)
