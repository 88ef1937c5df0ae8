class A:
    def greet(self):
        return "A"
class B(A):
    def greet(self):
        def helper():
            return super().greet()
        return helper()
print(A().greet())
B().greet()
