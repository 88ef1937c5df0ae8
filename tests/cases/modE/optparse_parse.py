import contextlib
import io
import optparse
from optparse import OptionParser, make_option

def run(parser, argv):
    err = io.StringIO()
    out = io.StringIO()
    try:
        with contextlib.redirect_stderr(err), contextlib.redirect_stdout(out):
            opts, args = parser.parse_args(argv)
    except SystemExit as e:
        print("exit", e.code)
        print("  stdout:", repr(out.getvalue()))
        print("  stderr:", repr(err.getvalue()))
        return
    print(sorted(vars(opts).items()), args)

p = OptionParser(prog="tool")
p.add_option("-f", "--file", dest="filename", help="write report to FILE", metavar="FILE")
p.add_option("-q", "--quiet", action="store_false", dest="verbose", default=True,
             help="don't print status messages to stdout")
p.add_option("-n", "--num", type="int", default=3)
p.add_option("-x", type="float")
p.add_option("--cplx", type="complex")
p.add_option("-c", "--choice", choices=["a", "b", "c"])
p.add_option("-a", "--append", action="append")
p.add_option("-v", action="count", dest="verbosity")
p.add_option("--const", action="store_const", const=42)
p.add_option("--ac", action="append_const", const="k", dest="acs")
p.add_option("--true", action="store_true")
p.add_option("--pair", nargs=2, type="int")
p.add_option("--foobar", action="store_true")
p.add_option("--foobaz", action="store_true")

run(p, [])
run(p, ["-f", "out.txt", "pos1", "-q", "pos2"])
run(p, ["-fout.txt", "--file=x=y", "--num", "0x1F", "-n017", "-x", "2.5", "--cplx", "1+2j"])
run(p, ["-n", "0b101", "-n", "-7"])
run(p, ["-vvv", "-v", "-qv"])
run(p, ["-c", "b", "-a", "1", "--append", "2", "-a3", "--const", "--ac", "--ac", "--true"])
run(p, ["--pair", "1", "2", "rest", "--", "-f", "--num"])
run(p, ["--foob", "x"])
run(p, ["--foobar", "--fooba"])
run(p, ["--fi", "abbrev.txt", "--nu=5", "--q"])
run(p, ["-z"])
run(p, ["--nope"])
run(p, ["-n", "abc"])
run(p, ["-x", "abc"])
run(p, ["--cplx", "zz"])
run(p, ["-c", "d"])
run(p, ["-f"])
run(p, ["--pair", "1"])
run(p, ["--true=1"])
run(p, ["-qz"])
run(p, ["-", "--", "--"])
p.disable_interspersed_args()
run(p, ["a", "-q"])
p.enable_interspersed_args()
run(p, ["a", "-q"])

def cb(option, opt_str, value, parser, *args, **kw):
    print("callback", str(option), opt_str, value, args, sorted(kw.items()), parser.rargs, parser.largs)
    if option.dest:
        setattr(parser.values, option.dest, (value, len(parser.rargs)))

q = OptionParser(prog="cbtool")
q.add_option("--cb", action="callback", callback=cb, type="string", dest="cbv",
             callback_args=(1, 2), callback_kwargs={"k": "v"})
q.add_option("--flag", action="callback", callback=cb)
run(q, ["x", "--cb", "val", "--flag", "y"])
q.set_defaults(cbv="dflt", other=5)
run(q, [])
vals = optparse.Values({"a": 1})
opts, args = q.parse_args(["--cb", "z"], values=vals)
print(vals.a, vals.cbv, opts is vals, str(vals))
print(optparse.Values({"x": 1}) == {"x": 1}, optparse.Values({"x": 1}) == optparse.Values({"x": 2}))
v = optparse.Values()
print(v.ensure_value("lst", []), v.ensure_value("lst", [1]), str(v))

r = OptionParser(prog="d")
r.add_option("-l", "--level", type="int", default="7")
r.add_option("-s", default="str")
print(r.get_default_values(), r.defaults)
r.set_process_default_values(False)
print(r.get_default_values())
r2 = OptionParser(prog="d2")
r2.add_option("-l", type="int", default="bad")
try:
    run(r2, [])
except optparse.OptionValueError as e:
    print("OptionValueError", e)
print(p.has_option("-f"), p.has_option("--file"), p.has_option("--zzz"), str(p.get_option("--num")))
p.remove_option("--file")
print(p.has_option("-f"))
try:
    p.remove_option("--zzz")
except ValueError as e:
    print("ValueError", e)
opt = make_option("-k", "--key-name", type=str)
print(opt.dest, opt.type, opt.action, opt.nargs, opt.takes_value(), opt.get_opt_string(), str(opt))
print(make_option("-k").dest, make_option("--with-dash", action="store_true").dest)
