# Bytes literals.
print(b'abc', B'x', b"double", b'''triple''', br'\n', Rb'\t', rB'x', BR'y')
print(b'\x00\xff\n\t', b'\101', b'\777'[0] if False else b'\77')
print(b'a' b'b', len(b'\xff' * 3))
print(b'\q', b'\\', b'\'')
print(list(b'AZ'), b'abc'[1], b'abc'[1:])
