x = "s"
y = -x
