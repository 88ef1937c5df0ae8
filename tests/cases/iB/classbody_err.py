class Outer:
    x = 1
    class Inner:
        y = 2
        z = y + undefined_name
