exec("x = (")
