class MyExit(SystemExit):
    pass
print("start")
raise MyExit(3)
