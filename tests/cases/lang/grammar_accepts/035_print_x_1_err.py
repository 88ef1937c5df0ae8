print(x=1)
