x = rr'x'
