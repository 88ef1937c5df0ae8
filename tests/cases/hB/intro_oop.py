class Animal:
    count = 0
    def __init__(self, name, sound='...'):
        self.name = name
        self.sound = sound
        Animal.count += 1
    def speak(self):
        return f"{self.name} says {self.sound}"
    def __repr__(self):
        return f"{type(self).__name__}({self.name!r})"
    def __eq__(self, other):
        if not isinstance(other, Animal):
            return NotImplemented
        return self.name == other.name
    def __lt__(self, other):
        return self.name < other.name
    __hash__ = None
class Dog(Animal):
    def __init__(self, name):
        super().__init__(name, 'woof')
    def speak(self):
        return super().speak() + '!'
class Cat(Animal):
    sound = 'meow'
    def __init__(self, name):
        self.name = name
pets = [Dog('rex'), Cat('tom'), Animal('generic', 'hm'), Dog('ace')]
for p in sorted(pets):
    try:
        print(p, p.speak())
    except AttributeError as e:
        print(p, 'error:', e)
print(Animal.count, Dog('rex') == Dog('rex'), Dog('rex') == 'rex', Dog('a') != Cat('a'), pets.index(Dog('ace')), Dog('x') in pets)
print(isinstance(pets[0], Animal), issubclass(Cat, Dog), Dog.__mro__, [c.__name__ for c in Animal.__subclasses__()])
try:
    {Dog('a')}
except TypeError as e:
    print(e)
try:
    sorted([Dog('a'), 3])
except TypeError as e:
    print(e)
print(vars(pets[0]), pets[1].__dict__, getattr(pets[1], 'sound'), hasattr(Cat, 'speak'), Cat.speak(pets[1]))
class Temp:
    def __init__(self, c): self._c = c
    @property
    def f(self): return self._c * 9 / 5 + 32
    @f.setter
    def f(self, v): self._c = (v - 32) * 5 / 9
    @property
    def c(self): return self._c
t = Temp(100)
print(t.f, t.c)
t.f = 32
print(t.f, round(t.c, 2))
try:
    t.c = 5
except AttributeError as e:
    print(e)
try:
    del t.f
except AttributeError as e:
    print(e)
class Stack:
    def __init__(self): self._items = []
    def push(self, x): self._items.append(x); return self
    def pop(self):
        if not self._items:
            raise IndexError('pop from empty stack')
        return self._items.pop()
    def __len__(self): return len(self._items)
    def __bool__(self): return bool(self._items)
    def __iter__(self): return reversed(self._items)
    def __contains__(self, x): return x in self._items
    def __str__(self): return 'Stack' + str(self._items)
s = Stack().push(1).push(2).push(3)
print(len(s), list(s), 2 in s, str(s), bool(s), s.pop(), s)
while s: s.pop()
try:
    s.pop()
except IndexError as e:
    print(repr(e))
class Money:
    __slots__ = ('amount', 'cur')
    def __init__(self, amount, cur='USD'):
        self.amount, self.cur = amount, cur
    def __add__(self, o):
        if isinstance(o, (int, float)):
            return Money(self.amount + o, self.cur)
        if o.cur != self.cur:
            raise ValueError(f'currency mismatch: {self.cur} vs {o.cur}')
        return Money(self.amount + o.amount, self.cur)
    __radd__ = __add__
    def __repr__(self): return f'Money({self.amount:.2f}, {self.cur!r})'
    def __format__(self, spec): return format(self.amount, spec) + ' ' + self.cur
print(sum([Money(1.5), Money(2.25)]), Money(1) + 2, f'{Money(1234.5):,.2f}', 3 + Money(1))
try:
    Money(1) + Money(1, 'EUR')
except ValueError as e:
    print(e)
try:
    Money(1).extra = 5
except AttributeError as e:
    print(e)
print(Money.__slots__, hasattr(Money(1), '__dict__'))
