import sys
sys.stderr = sys.stdout
print('exiting')
sys.exit('goodbye via stdout')
