class Parser:
    def __init__(self, text):
        self.text = text
    def numbers(self):
        return [int(tok) for tok in self.text.split(',')]
    def total(self):
        try:
            return sum(self.numbers())
        except ValueError:
            return self.fallback()
    def fallback(self):
        vals = {t: len(t) for t in self.text.split(',')}
        return vals['missing']
p = Parser('1,2,3')
print(p.total())
gen = (1 / x for x in [1, 0])
try:
    print(list(gen))
except ZeroDivisionError as e:
    print('gen', e)
Parser('4,x').total()
