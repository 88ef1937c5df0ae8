x = 1 / 0  # divide
