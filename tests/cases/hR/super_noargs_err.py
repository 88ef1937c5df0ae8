class A:
    def hello(self):
        return "A"
class B(A):
    @staticmethod
    def make():
        return super().hello()
print(B().hello())
print(B.make())
