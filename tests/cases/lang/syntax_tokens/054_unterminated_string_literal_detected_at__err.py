x = 'a\\
b
