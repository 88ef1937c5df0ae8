i = 0
while i < "x":
    i += 1
