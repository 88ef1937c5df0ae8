import sys, io, contextlib
def t(name, f):
    try:
        print(name, repr(f()))
    except Exception as e:
        print(name, "!!", type(e).__name__, e)
buf = io.StringIO()
with contextlib.redirect_stdout(buf):
    print("captured", 1)
    sys.stdout.write("raw\n")
print(repr(buf.getvalue()))
class Rec:
    def __init__(self): self.data = []
    def write(self, s): self.data.append(s)
r = Rec()
old = sys.stdout
sys.stdout = r
print("a", "b")
print()
sys.stdout = old
print(r.data)
t("write ret", lambda: sys.stdout.write("xyz\n"))
s = io.StringIO()
s.close()
t("closed", lambda: print("x", file=s))
sys.stdout = None
print("goes nowhere")
sys.stdout = old
print("back")
del sys.stdout
try:
    print("no stdout")
except RuntimeError as e:
    sys.stdout = old
    print("RuntimeError", e)
sys.stdout = old
class BadW:
    write = 5
t("badwrite", lambda: print("x", file=BadW()))
class RetW:
    def write(self, s):
        return "not int"
t("retw", lambda: print("x", file=RetW()))
t("sep kw", lambda: print("a", "b", sep="", end="|\n"))
t("print ret", lambda: print())
t("flush kw", lambda: print("f", flush=None))
t("file kw none", lambda: print("fn", file=None, sep=None))
t("stderr", lambda: print("err", file=sys.stderr))
print("end", end="")
print(" same line")
sys.stdout.write("w1")
sys.stdout.write("w2\n")
print(sys.stdout.isatty() in (True, False), sys.stdout.encoding.lower().replace("-", ""))
sys.stdout.flush()
print(repr(sys.stdout.write("")))
t("write int", lambda: sys.stdout.write(5))
t("write bytes", lambda: sys.stdout.write(b"x"))
print("é ü ñ 中文 😀")
print("\x00nul", "tab\there")
sys.stdout.buffer.write(b"bytes via buffer\n") if hasattr(sys.stdout, "buffer") else print("bytes via buffer")
sys.stdout.flush()
print("after buffer")
