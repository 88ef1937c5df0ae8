class Weird:
    def __bool__(self):
        return 1
    def __len__(self):
        return 3
w = Weird()
print(len(w))
if w:
    print("unreachable")
