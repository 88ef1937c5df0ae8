def counter():
    count = 0
    def bump():
        count += 1
        return count
    return bump
counter()()
