import traceback, sys
def f():
    x = [1, 2]
    return x[5] + 1
try:
    f()
except IndexError as e:
    tb = e.__traceback__
ss = traceback.extract_tb(tb)
for fs in ss:
    print(fs.filename == __file__, fs.lineno, fs.end_lineno, fs.colno, fs.end_colno, fs.name, repr(fs.line))
    print(fs == (fs.filename, fs.lineno, fs.name, fs.line), len(fs), list(fs)[1:], fs[2])
print(traceback.format_list([("a.py", 1, "fn", "x = 1"), ("b.py", 2, "gn", None)]))
traceback.print_list([("c.py", 3, "<module>", "  call()  ")], file=sys.stdout)
s2 = traceback.StackSummary.from_list([("d.py", 4, "h", "pass"), ss[0]])
print(type(s2).__name__, len(s2), s2[0].name, s2[1].name)
print(s2.format())
class Custom(traceback.StackSummary):
    def format_frame_summary(self, fs):
        return f"[{fs.name}@{fs.lineno}]\n"
print(Custom.from_list(ss).format())
class Skip(traceback.StackSummary):
    def format_frame_summary(self, fs):
        if fs.name == "f":
            return None
        return super().format_frame_summary(fs)
print(Skip.from_list(ss).format())
fs = traceback.FrameSummary("nofile.py", 7, "fn", line="  given line  ")
print(fs.line, repr(fs), fs.locals)
fs2 = traceback.FrameSummary("nofile.py", 7, "fn", lookup_line=False, locals={"a": 1, "b": "s"})
print(fs2.locals, fs2.line)
print(traceback.StackSummary.from_list([fs2]).format())
print(fs == fs2, fs != fs2)
