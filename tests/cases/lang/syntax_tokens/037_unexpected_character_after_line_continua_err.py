if 1:
\tx
        y
