for x in y:
    def g():
        break
