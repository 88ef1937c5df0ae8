def match(): pass
