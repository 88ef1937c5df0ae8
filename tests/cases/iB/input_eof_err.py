print("prompt test")
s = input("Enter: ")
