import token
print(len(token.tok_name), token.N_TOKENS, token.NT_OFFSET)
for k in sorted(token.tok_name):
    print(k, token.tok_name[k], getattr(token, token.tok_name[k]))
print(token.EXACT_TOKEN_TYPES)
print(list(token.EXACT_TOKEN_TYPES)[:5])
print(token.__all__)
print(token.ISTERMINAL(token.OP), token.ISTERMINAL(300), token.ISNONTERMINAL(256), token.ISEOF(0), token.ISEOF(1))
print(token.tok_name[token.EXACT_TOKEN_TYPES["**="]], token.tok_name[token.ELLIPSIS])
