x = None
x.y.z = 5
