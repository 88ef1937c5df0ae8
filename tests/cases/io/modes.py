# open() mode strings as reported by each layer, print(file=...), UTF-16 BOM handling when appending.
import io, os
with open('_tmp_modes.txt', 'w') as f:
    f.write('x\n')
for m in ['rt', 'r', 'tr', 'r+t', 'a+', 'w+']:
    with open('_tmp_modes.txt', m, encoding='locale') as f:
        print(m, f.mode, f.encoding, f.buffer.mode, f.buffer.raw.mode, repr(f))
with open('_tmp_modes.txt', 'w') as f:
    f.write('x\n')
for m in ['rb', 'br', 'rb+', 'r+b', 'ab', 'wb']:
    with open('_tmp_modes.txt', m) as f:
        print(m, f.mode, f.raw.mode, repr(f))
with open('_tmp_modes.txt', 'w') as f:
    print('hello', file=f)
    print(f.tell(), f.closed, f.name)
print(open('_tmp_modes.txt').read(), end='')
with open('_tmp_modes.txt', 'w', encoding='utf-16') as f:
    f.write('ab')
    print(f.tell())
    f.write('c')
with open('_tmp_modes.txt', 'rb') as f:
    print(f.read())
with open('_tmp_modes.txt', 'a', encoding='utf-16') as f:
    f.write('d')
with open('_tmp_modes.txt', 'rb') as f:
    print(f.read())
with open('_tmp_modes.txt', encoding='utf-16') as f:
    print(f.read(), f.tell())
os.remove('_tmp_modes.txt')
