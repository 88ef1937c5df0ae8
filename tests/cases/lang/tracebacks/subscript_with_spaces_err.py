d = {}
x = d [ "key" ]
