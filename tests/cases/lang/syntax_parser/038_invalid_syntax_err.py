if x == 1 or y = 2: pass
