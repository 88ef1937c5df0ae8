x = 5.j.real
