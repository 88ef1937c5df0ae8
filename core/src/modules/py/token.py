# token for wasipy: the token type numbers of CPython 3.11.
_NAMES = (
    "ENDMARKER NAME NUMBER STRING NEWLINE INDENT DEDENT LPAR RPAR LSQB RSQB "
    "COLON COMMA SEMI PLUS MINUS STAR SLASH VBAR AMPER LESS GREATER EQUAL DOT "
    "PERCENT LBRACE RBRACE EQEQUAL NOTEQUAL LESSEQUAL GREATEREQUAL TILDE "
    "CIRCUMFLEX LEFTSHIFT RIGHTSHIFT DOUBLESTAR PLUSEQUAL MINEQUAL STAREQUAL "
    "SLASHEQUAL PERCENTEQUAL AMPEREQUAL VBAREQUAL CIRCUMFLEXEQUAL "
    "LEFTSHIFTEQUAL RIGHTSHIFTEQUAL DOUBLESTAREQUAL DOUBLESLASH "
    "DOUBLESLASHEQUAL AT ATEQUAL RARROW ELLIPSIS COLONEQUAL OP AWAIT ASYNC "
    "TYPE_IGNORE TYPE_COMMENT SOFT_KEYWORD ERRORTOKEN COMMENT NL ENCODING "
    "N_TOKENS").split()
# The operator spellings, in the order of their numbers from LPAR (7).
_OPS = ("( ) [ ] : , ; + - * / | & < > = . % { } == != <= >= ~ ^ << >> ** "
        "+= -= *= /= %= &= |= ^= <<= >>= **= // //= @ @= -> ... :=").split()

tok_name = {}
for _i, _n in enumerate(_NAMES):
    globals()[_n] = _i
    tok_name[_i] = _n
NT_OFFSET = 256
tok_name[NT_OFFSET] = "NT_OFFSET"
EXACT_TOKEN_TYPES = {op: 7 + i for i, op in enumerate(_OPS)}
EXACT_TOKEN_TYPES = dict(sorted(EXACT_TOKEN_TYPES.items()))
del _i, _n

__all__ = ['tok_name', 'ISTERMINAL', 'ISNONTERMINAL', 'ISEOF'] + _NAMES + \
    ['NT_OFFSET']


def ISTERMINAL(x):
    return x < NT_OFFSET


def ISNONTERMINAL(x):
    return x >= NT_OFFSET


def ISEOF(x):
    return x == ENDMARKER
