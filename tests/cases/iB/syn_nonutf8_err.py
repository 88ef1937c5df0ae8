# hello
x = "ÿþ"
