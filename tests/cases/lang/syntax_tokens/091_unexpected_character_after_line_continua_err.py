if x:
        a
\tb
