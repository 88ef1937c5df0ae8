import sre_constants
import sre_parse
import sre_compile
import re
print(sre_constants.error is re.error, sre_parse.parse('ab|ac'), sre_compile.compile('x').pattern)
print(re.__name__, re.__package__, hasattr(re, '__path__'), re.Pattern.__module__)
import re._parser
print(re._parser.parse('a').state.groups)
try:
    sre_parse.parse('(?P<a>x)(?P=b)')
except re.error as e:
    print(e)
re.compile('(a)').match('a').group(5)
