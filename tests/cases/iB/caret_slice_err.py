data = None
part = data[1:2] + [0]
