import pickle


class Bad:
    def __reduce__(self):
        return (print,)


pickle.dumps([1, Bad()])
