x = """abc
def
ghi