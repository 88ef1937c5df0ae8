# Implicit concatenation of strings and f-strings.
x = 3
print('a' f'{x}' 'b', f'{x}' f'{x}', 'p' rf'\{x}' 'q')
print(('one'
       'two'
       'three'))
s = ('abc'  # comment
     'def')
print(s)
print(b'a' rb'\b' Rb'c')
