import sys, io
buf = io.StringIO()
sys.stdout = buf
print("captured")
sys.stdout = sys.__stdout__
print("got:", repr(buf.getvalue()))
sys.stdout = io.StringIO()
print("this is lost at exit")
sys.exit("message to stderr")
