# codeop: telling complete interactive input from input that needs more lines, written
# from the library reference. Completeness is decided by scanning the source: an open
# bracket, an unterminated triple-quoted string, a trailing backslash, a block header
# ending the input, or a compound statement not yet closed by an empty line all mean
# "more input needed" (None); anything else is compiled and its errors raised.

import __future__
import re

__all__ = ["compile_command", "Compile", "CommandCompiler"]

PyCF_DONT_IMPLY_DEDENT = 0x200
PyCF_ALLOW_INCOMPLETE_INPUT = 0x4000

_COMPOUND = frozenset(["if", "for", "while", "def", "class", "with", "try", "async",
                       "match"])
_BLOCK = _COMPOUND | frozenset(["elif", "else", "except", "finally", "case"])
_WORD = re.compile(r"[A-Za-z_][A-Za-z_0-9]*")
_PREFIX = re.compile(r"[rRbBuUfF]{0,2}$")


def _scan(source):
    # Returns (state, logical_lines): state is "open" when more input is needed to finish
    # a bracket, string or continuation line, "error" when the compiler must report a
    # problem, else None. Logical lines have strings blanked and comments removed.
    lines = []
    cur = []
    depth = 0
    i = 0
    n = len(source)
    while i < n:
        c = source[i]
        if c == "#":
            j = source.find("\n", i)
            i = n if j < 0 else j
            continue
        if c in "'\"":
            q3 = source[i:i + 3]
            if q3 in ('"""', "'''"):
                j = i + 3
                while True:
                    k = source.find(q3, j)
                    b = source.find("\\", j)
                    if k < 0:
                        return "open", lines
                    if 0 <= b < k:
                        j = b + 2
                        continue
                    i = k + 3
                    break
            else:
                j = i + 1
                while True:
                    if j >= n or source[j] == "\n":
                        return "error", lines
                    if source[j] == "\\":
                        j += 2
                        continue
                    if source[j] == c:
                        break
                    j += 1
                i = j + 1
            cur.append("S")
            continue
        if c == "\\":
            if i + 1 >= n:
                return "open", lines
            if source[i + 1] == "\n":
                i += 2
                cur.append(" ")
                continue
        if c in "([{":
            depth += 1
        elif c in ")]}":
            depth -= 1
            if depth < 0:
                return "error", lines
        if c == "\n" and depth == 0:
            text = "".join(cur).strip()
            if text:
                lines.append(text)
            cur = []
        else:
            cur.append(c)
        i += 1
    text = "".join(cur).strip()
    if text:
        lines.append(text)
    if depth > 0:
        return "open", lines
    return None, lines


def _first_word(line):
    m = _WORD.match(line)
    return m.group() if m else ""


def _maybe_compile(compiler, source, filename, symbol):
    for line in source.split("\n"):
        line = line.strip()
        if line and line[0] != '#':
            break
    else:
        if symbol != "eval":
            source = "pass"
    state, lines = _scan(source)
    if state == "open":
        return None
    if state is None and symbol != "eval" and lines:
        first, last = lines[0], lines[-1]
        compound = first.startswith("@") or (_first_word(first) in _COMPOUND and ":" in first)
        if last.endswith(":") and _first_word(last) in _BLOCK:
            return None
        if compound and not source.endswith("\n"):
            return None
    return compiler(source, filename, symbol)


def compile_command(source, filename="<input>", symbol="single"):
    return _maybe_compile(Compile(), source, filename, symbol)


class Compile:
    def __init__(self):
        self.flags = PyCF_DONT_IMPLY_DEDENT | PyCF_ALLOW_INCOMPLETE_INPUT

    def __call__(self, source, filename, symbol, **kwargs):
        future = self.flags & ~(PyCF_DONT_IMPLY_DEDENT | PyCF_ALLOW_INCOMPLETE_INPUT)
        codeob = compile(source, filename, symbol, future, True)
        for feature in __future__.all_feature_names:
            flag = getattr(__future__, feature).compiler_flag
            if codeob.co_flags & flag:
                self.flags |= flag
        return codeob


class CommandCompiler:
    def __init__(self):
        self.compiler = Compile()

    def __call__(self, source, filename="<input>", symbol="single"):
        return _maybe_compile(self.compiler, source, filename, symbol)
