print([[y / 0 for y in [x]] for x in [1]])
