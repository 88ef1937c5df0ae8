import sys
try:
    sys.exit()
except SystemExit as e:
    print(repr(e.code), e.args)
try:
    sys.exit(0)
except SystemExit as e:
    print(repr(e.code), e.args)
try:
    raise SystemExit(1, 2)
except SystemExit as e:
    print(repr(e.code), e.args, str(e))
try:
    sys.exit(None)
except SystemExit as e:
    print(repr(e.code))
sys.stdout.flush()
raise SystemExit(1, 2)
