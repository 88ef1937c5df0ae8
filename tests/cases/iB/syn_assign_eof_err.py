class A:
    def f(self):
        super().x = 
