x = [b for a in (c := d)]
