if 1:
        x
\ty
