import enum, operator, hashlib, contextlib, math, re, io, os, tempfile, unittest, logging, typing, datetime, string
print(operator.call(len, [1, 2]), math.cbrt(27), math.exp2(10), datetime.UTC)
print(hashlib.file_digest(io.BytesIO(b"abc"), "sha256").hexdigest()[:16])
d = tempfile.mkdtemp()
with contextlib.chdir(d): print(os.getcwd() == os.path.realpath(d))
print(os.getcwd() != os.path.realpath(d))
print(re.findall(r"(?>a+)b", "aaab ab"), re.findall(r"a++b", "aaab"), re.fullmatch(r"(?>a|ab)c", "abc"), re.findall(r"\d*+x", "12x3x"))
@enum.global_enum
class Color(enum.IntEnum):
    RED = 1
    GREEN = 2
print(repr(Color.RED), str(Color.RED), RED if "RED" in globals() else "no global")
class Op(enum.Enum):
    ADD = "+"
    SUB = "-"
print(Op["ADD"], Op("+"), list(Op.__members__), Op.ADD._name_, Op.ADD._value_, Op._member_map_["SUB"], Op._value2member_map_["-"])
class F(enum.IntFlag, boundary=enum.KEEP):
    A = 1
    B = 2
print(F(5), repr(F(5)), list(F(7)), F.A.bit_count() if hasattr(F.A, "bit_count") else "")
class T(unittest.TestCase):
    def test_ctx(self):
        v = self.enterContext(contextlib.nullcontext(5))
        self.assertEqual(v, 5)
r = unittest.TestResult(); T("test_ctx").run(r); print(r.wasSuccessful())
print(logging.getLevelNamesMapping()["WARN"], string.Template("$x ${y}").get_identifiers())
print(typing.reveal_type.__name__)
try: typing.assert_never(1)
except AssertionError as e: print(e)
