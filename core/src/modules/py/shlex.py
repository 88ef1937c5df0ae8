"""A lexical analyzer class for simple shell-like syntaxes."""

import os
import re
import sys
from _collections import deque
from io import StringIO

__all__ = ['shlex', 'split', 'quote', 'join']


_WORD = 'abcdfeghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_'
_LATIN1_LETTERS = ('ßàáâãäåæçèéêëìíîïðñòóôõöøùúûüýþÿ'
                   'ÀÁÂÃÄÅÆÇÈÉÊËÌÍÎÏÐÑÒÓÔÕÖØÙÚÛÜÝÞ')


class shlex:
    def __init__(self, instream=None, infile=None, posix=False, punctuation_chars=False):
        if isinstance(instream, str):
            instream = StringIO(instream)
        # reading from stdin when no stream is given
        self.instream = sys.stdin if instream is None else instream
        self.infile = None if instream is None else infile
        self.posix = posix
        self.eof = None if posix else ''
        if punctuation_chars is True:
            punctuation_chars = '();<>|&'
        self._punctuation_chars = punctuation_chars or ''
        word = _WORD + (_LATIN1_LETTERS if posix else '')
        if self._punctuation_chars:
            self._pushback_chars = deque()
            word = ''.join(c for c in word + '~-./*?=' if c not in self._punctuation_chars)
        settings = dict(commenters='#', wordchars=word, whitespace=' \t\r\n',
                        whitespace_split=False, quotes='\'"', escape='\\',
                        escapedquotes='"', state=' ', lineno=1, debug=0, token='',
                        source=None)
        for key, value in settings.items():
            setattr(self, key, value)
        self.pushback = deque()
        self.filestack = deque()

    @property
    def punctuation_chars(self):
        return self._punctuation_chars

    def push_token(self, tok):
        if self.debug >= 1:
            print('shlex: pushing token ' + repr(tok))
        self.pushback.appendleft(tok)

    def push_source(self, newstream, newfile=None):
        if isinstance(newstream, str):
            newstream = StringIO(newstream)
        self.filestack.appendleft((self.infile, self.instream, self.lineno))
        self.infile, self.instream, self.lineno = newfile, newstream, 1

    def pop_source(self):
        self.instream.close()
        self.infile, self.instream, self.lineno = self.filestack.popleft()
        self.state = ' '

    def get_token(self):
        if self.pushback:
            tok = self.pushback.popleft()
            if self.debug >= 1:
                print('shlex: popping token ' + repr(tok))
            return tok
        tok = self.read_token()
        # a 'source' keyword pulls in the named file
        while self.source is not None and tok == self.source:
            found = self.sourcehook(self.read_token())
            if found:
                self.push_source(found[1], found[0])
            tok = self.get_token()
        # the end of an included file resumes the one that included it
        while tok == self.eof and self.filestack:
            self.pop_source()
            tok = self.get_token()
        return tok

    def _next_char(self):
        if self._punctuation_chars and self._pushback_chars:
            return self._pushback_chars.pop()
        return self.instream.read(1)

    def _done(self):
        # a separator ends the token only when there is one (an empty quoted one counts)
        return bool(self.token) or (self.posix and self._quoted)

    def read_token(self):
        self._quoted = False
        self._resume = ' '  # the state to go back to after an escaped character
        while True:
            ch = self._next_char()
            if ch == '\n':
                self.lineno += 1
            state = self.state
            if state is None:
                self.token = ''
                break
            if state == ' ':
                step = self._between
            elif state in self.quotes:
                step = self._in_quotes
            elif state in self.escape:
                step = self._escaped
            else:
                step = self._in_word
            if step(ch):
                break
        word, self.token = self.token, ''
        if self.posix and not self._quoted and word == '':
            return None
        return word

    def _skip_comment(self):
        self.instream.readline()
        self.lineno += 1

    def _between(self, ch):
        if not ch:
            self.state = None
            return True
        if ch in self.whitespace:
            return self._done()
        if ch in self.commenters:
            self._skip_comment()
        elif self.posix and ch in self.escape:
            self._resume = 'a'
            self.state = ch
        elif ch in self.wordchars:
            self.token, self.state = ch, 'a'
        elif ch in self._punctuation_chars:
            self.token, self.state = ch, 'c'
        elif ch in self.quotes:
            if not self.posix:
                self.token = ch
            self.state = ch
        elif self.whitespace_split:
            self.token, self.state = ch, 'a'
        else:
            self.token = ch
            return self._done()
        return False

    def _in_quotes(self, ch):
        self._quoted = True
        if not ch:
            raise ValueError('No closing quotation')
        quote = self.state
        if ch == quote:
            if self.posix:
                self.state = 'a'
                return False
            self.token += ch
            self.state = ' '
            return True
        if self.posix and ch in self.escape and quote in self.escapedquotes:
            self._resume = quote
            self.state = ch
        else:
            self.token += ch
        return False

    def _escaped(self, ch):
        if not ch:
            raise ValueError('No escaped character')
        back = self._resume
        # inside quotes, only the quote and the escape itself can be escaped
        if back in self.quotes and ch != self.state and ch != back:
            self.token += self.state
        self.token += ch
        self.state = back
        return False

    def _in_word(self, ch):
        punct = self._punctuation_chars
        if not ch:
            self.state = None
            return True
        if ch in self.whitespace:
            self.state = ' '
            return self._done()
        if ch in self.commenters:
            self._skip_comment()
            if self.posix:
                self.state = ' '
                return self._done()
            return False
        if self.state == 'c':
            if ch in punct:
                self.token += ch
                return False
            if ch not in self.whitespace:
                self._pushback_chars.append(ch)
            self.state = ' '
            return True
        if self.posix and ch in self.quotes:
            self.state = ch
        elif self.posix and ch in self.escape:
            self._resume = 'a'
            self.state = ch
        elif (ch in self.wordchars or ch in self.quotes or
              (self.whitespace_split and ch not in punct)):
            self.token += ch
        else:
            if punct:
                self._pushback_chars.append(ch)
            else:
                self.pushback.appendleft(ch)
            self.state = ' '
            return self._done()
        return False

    def sourcehook(self, newfile):
        if newfile[0] == '"':
            newfile = newfile[1:-1]
        if isinstance(self.infile, str) and not os.path.isabs(newfile):
            newfile = os.path.join(os.path.dirname(self.infile), newfile)
        return (newfile, open(newfile, 'r'))

    def error_leader(self, infile=None, lineno=None):
        if infile is None:
            infile = self.infile
        if lineno is None:
            lineno = self.lineno
        return '"%s", line %d: ' % (infile, lineno)

    def __iter__(self):
        return self

    def __next__(self):
        tok = self.get_token()
        if tok == self.eof:
            raise StopIteration
        return tok


def split(s, comments=False, posix=True):
    if s is None:
        import warnings
        warnings.warn("Passing None for 's' to shlex.split() is deprecated.",
                      DeprecationWarning, stacklevel=2)
    lex = shlex(s, posix=posix)
    lex.whitespace_split = True
    if not comments:
        lex.commenters = ''
    return list(lex)


def join(split_command):
    return ' '.join(quote(arg) for arg in split_command)


_find_unsafe = re.compile(r'[^\w@%+=:,./-]', re.ASCII).search


def quote(s):
    if not s:
        return "''"
    if _find_unsafe(s) is None:
        return s
    return "'" + s.replace("'", "'\"'\"'") + "'"
