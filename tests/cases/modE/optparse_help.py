import optparse
from optparse import OptionParser, OptionGroup, SUPPRESS_HELP, SUPPRESS_USAGE

p = OptionParser(prog="prog", usage="%prog [options] arg1 arg2", version="%prog 1.0",
                 description="A program that does things. This description is long "
                             "enough that it has to be wrapped over several lines "
                             "by the help formatter of %prog.",
                 epilog="Epilog text goes here and is also wrapped when it is long enough "
                        "to need it, which this is.",
                 formatter=optparse.IndentedHelpFormatter(width=70))
p.add_option("-v", "--verbose", action="store_true", dest="verbose", default=True,
             help="make lots of noise [default]")
p.add_option("-q", "--quiet", action="store_false", dest="verbose", help="be vewwy quiet")
p.add_option("-f", "--filename", metavar="FILE", help="write output to FILE")
p.add_option("-m", "--mode", default="intermediate",
             help="interaction mode: novice, intermediate, or expert [default: %default]")
p.add_option("--a-very-long-option-name-here", type="int", help="long option with help")
p.add_option("--nohelp")
p.add_option("--secret", help=SUPPRESS_HELP)
p.add_option("-n", type="int", default=5, help="number, default %default, "
             "with a really long help text that wraps onto a second and maybe third line")
g = OptionGroup(p, "Dangerous Options",
                "Caution: use these options at your own risk. It is believed that some "
                "of them bite.")
g.add_option("-g", action="store_true", help="Group option.")
g.add_option("--gopt", metavar="X", help="another one")
p.add_option_group(g)
g2 = p.add_option_group("Debug Options")
g2.add_option("-d", "--debug", action="store_true", help="Print debug information")
print(p.format_help())
print(repr(p.get_usage()))
p.print_usage()
p.print_version()
print(p.get_version(), p.get_prog_name(), p.get_option_group("-g").title, p.get_option_group("-v"))

t = OptionParser(prog="titled", formatter=optparse.TitledHelpFormatter(width=60))
t.add_option("-a", "--alpha", help="first")
t.add_option("-b", action="store_true", help="second")
g3 = t.add_option_group("Group", "group description")
g3.add_option("--gamma", type="int", help="third")
print(t.format_help())

e = OptionParser(prog="empty", add_help_option=False, usage=SUPPRESS_USAGE)
print(repr(e.format_help()))
u = OptionParser(prog="u", usage="Usage: custom %prog")
print(repr(u.get_usage()))
f = optparse.IndentedHelpFormatter(indent_increment=4, max_help_position=10, width=50, short_first=0)
h = OptionParser(prog="h", formatter=f)
h.add_option("-o", "--output", help="output file name to write all the results in")
h.add_option("-x", help="short")
print(h.format_help())
f2 = optparse.IndentedHelpFormatter(width=60)
f2.set_long_opt_delimiter(" ")
f2.set_short_opt_delimiter("")
k = OptionParser(prog="k", formatter=f2)
k.add_option("-o", "--output", help="where")
print(k.format_help())
try:
    f2.set_long_opt_delimiter("x")
except ValueError as exc:
    print(exc)
try:
    f2.set_short_opt_delimiter("=")
except ValueError as exc:
    print(exc)
