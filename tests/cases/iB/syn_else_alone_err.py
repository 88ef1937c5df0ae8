print(1)
else:
    pass
