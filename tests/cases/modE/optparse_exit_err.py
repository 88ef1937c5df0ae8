import sys
from optparse import OptionParser
p = OptionParser(prog="exiter", version="exiter 2.5")
p.add_option("-n", type="int", help="a number")
opts, args = p.parse_args(["-n", "4"])
print(opts.n)
sys.stdout.flush()
p.parse_args(["-n", "four"])
