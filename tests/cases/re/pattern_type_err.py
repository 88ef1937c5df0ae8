# An uncaught TypeError from a Pattern method.
import re

words = re.compile(r'\w+')
print(words.findall('a bc'))
print(words.findall(b'a bc'))
