pritn("hi")
