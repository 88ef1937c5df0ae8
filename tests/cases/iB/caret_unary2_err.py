x = "s"
y = 1 + -x
