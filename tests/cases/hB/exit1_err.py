print("before")
import sys
sys.exit("fatal: bad input")
