a = 1
if a:
pass
