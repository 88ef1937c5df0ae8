x = 1j1
