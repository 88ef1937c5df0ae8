x = [(yield) for a in b]
