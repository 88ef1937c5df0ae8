raise from X
