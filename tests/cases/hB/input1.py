import sys
print(sys.stdin.isatty() if False else 'start')
try:
    x = input('Enter: ')
    print('got', repr(x))
except EOFError as e:
    print('EOFError', repr(e), str(e) == '')
try:
    input()
except EOFError as e:
    print('again', e)
print(sys.stdin.read() == '', sys.stdin.readline() == '', list(sys.stdin) == [])
