# reprs and strs of builtin exceptions
cases = [
    KeyError(), KeyError('a'), KeyError('a', 'b'), KeyError(1), KeyError(''), KeyError(None),
    KeyError(("x",)), IndexError(), IndexError('list index out of range'),
    ValueError(1, 2, 3), TypeError(None), Exception(), Exception(()), Exception([]),
    OSError(), OSError('x'), OSError(2, 'No such file'), OSError(2, 'No such file', 'f.txt'),
    OSError(2, 'No such file', 'f.txt', None, 'g.txt'), OSError(1, 2, 3, 4, 5, 6),
    FileNotFoundError(2, 'nope', 'a b'), PermissionError(13, 'denied'),
    OSError(17, 'exists', b'bytes'), OSError(17, 'exists', 3),
    StopIteration(), StopIteration(5), StopIteration(1, 2),
    SystemExit(), SystemExit(3), SystemExit('bye'), SystemExit(1, 2),
    KeyboardInterrupt(), GeneratorExit(), RecursionError('maximum'),
    UnicodeDecodeError('utf-8', b'\xff\xfe', 0, 1, 'invalid start byte'),
    UnicodeDecodeError('ascii', b'abc\x80', 3, 4, 'ordinal not in range(128)'),
    UnicodeDecodeError('utf-8', b'\xff\xfe', 0, 2, 'bad'),
    UnicodeEncodeError('ascii', 'h\xe9llo', 1, 2, 'ordinal not in range(128)'),
    UnicodeEncodeError('ascii', '\u20ac', 0, 1, 'x'),
    UnicodeEncodeError('latin-1', '\U0001f600ab', 0, 3, 'x'),
    UnicodeTranslateError('\xff', 0, 1, 'no'),
    SyntaxError(), SyntaxError('bad'), SyntaxError('bad', ('f.py', 3, 4, 'x = (', 3, 6)),
    SyntaxError('bad', ('f.py', 3, None, None)),
    AttributeError('x'), NameError('y'), ImportError(), ImportError('m'),
    ModuleNotFoundError("No module named 'zz'"), ZeroDivisionError('division by zero'),
    ArithmeticError(), OverflowError('big'), AssertionError(), AssertionError('msg', 2),
    NotImplementedError(), UnicodeError('u'), EOFError(), BufferError(),
    ConnectionResetError(104, 'reset'), TimeoutError(), BlockingIOError(11, 'again', 'f', 5),
]
for e in cases:
    print(type(e).__name__, repr(e), '|', str(e), '|', e.args)
e = OSError(2, 'No such file', 'f.txt')
print(e.errno, e.strerror, e.filename, e.filename2, type(e).__name__)
e = OSError(2, 'x', 'a', None, 'b')
print(e.errno, e.filename, e.filename2)
e = BlockingIOError(11, "again", 5)
print(e.characters_written)
e = UnicodeDecodeError('utf-8', b'\xff\xfe', 0, 1, 'invalid start byte')
print(e.encoding, e.object, e.start, e.end, e.reason)
e = UnicodeEncodeError('ascii', 'h\xe9llo', 1, 2, 'ordinal not in range(128)')
print(e.encoding, e.object, e.start, e.end, e.reason)
e = SyntaxError('bad', ('f.py', 3, 4, 'x = (', 3, 6))
print(e.msg, e.filename, e.lineno, e.offset, e.text, e.end_lineno, e.end_offset, e.print_file_and_line)
e = SyntaxError('bad')
print(e.msg, e.filename, e.lineno, e.offset, e.text)
print(StopIteration(7).value, StopIteration().value, StopIteration(1, 2).value)
print(SystemExit(4).code, SystemExit().code, SystemExit(1, 2).code)
e = ImportError('m', name='mod', path='/p')
print(repr(e), e.name, e.path, e.msg)
e = AttributeError('z', name='n', obj=5)
print(e.name, e.obj)
e = NameError('q', name='q')
print(e.name)
try:
    OSError(2, 'x').errno = 5
    print('set ok')
except Exception as ex:
    print(type(ex).__name__, ex)
k = KeyError('a')
k.args = ('b', 'c')
print(repr(k), str(k))
k.args = ()
print(repr(k), repr(str(k)))
