import sys
e = SyntaxError("custom message", ("myfile.py", 7, 4, "    foo bar baz\n", 7, 11))
try:
    raise e
except SyntaxError as x:
    print(x.msg, x.filename, x.lineno, x.offset, x.text, x.end_lineno, x.end_offset)
    print(str(x), repr(x))
raise e
