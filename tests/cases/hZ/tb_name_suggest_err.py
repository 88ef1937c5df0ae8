counter_value = 10
def show():
    print(countr_value)
show()
