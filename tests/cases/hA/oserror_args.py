print(repr(OSError(5,'d','f')), repr(OSError(13,'d','f')), OSError(13,'d','f').args, repr(PermissionError(13,'d','f')), repr(OSError(5,'d','f',None,'g')))
