import sys
def f(): g()
def g(): 1/0
sys.tracebacklimit = 1
f()
