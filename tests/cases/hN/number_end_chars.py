for s in ['7٣(', '7\xa0 J)', '1\u3000', 'x = 5\u00a0', '1１', 'a١ = 1', '٣', '0x٣', '1.٣', '1e٣', '1_٣', '12abc', '1é', '1\u200b', '5 $', '1€']:
    try:
        eval(s)
    except SyntaxError as e:
        print(repr(s), e.msg, e.offset)
