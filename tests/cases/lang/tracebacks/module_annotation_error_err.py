x: undefined_type = 1
