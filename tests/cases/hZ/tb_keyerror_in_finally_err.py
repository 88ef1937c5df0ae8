def work():
    try:
        return {}["a"]
    finally:
        print("finally runs")
work()
