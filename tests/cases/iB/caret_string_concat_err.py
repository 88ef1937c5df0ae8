name = "x"
count = 3
msg = "name: " + name + ", count: " + count
