print(x:=1)
