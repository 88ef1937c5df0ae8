items = [3, 2, 1, 0]
i = 0
while 6 // items[i]:
    i += 1
