class A:
    def m(self, a=undefined):
        pass
