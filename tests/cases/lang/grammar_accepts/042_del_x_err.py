del x,
