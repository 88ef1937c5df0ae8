# Line 1 of this file is this comment.
# Line 2: the compiled code below claims to be this very file.
src = "x = 1\ny = 2\nz = x / 0\n"
try:
    exec(compile(src, __file__, "exec"))
except ZeroDivisionError:
    import traceback
    traceback.print_exc()
code = compile("\n\n\n\n\nundefined_thing + 1\n", __file__, "exec")
exec(code)
