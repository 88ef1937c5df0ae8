x = [match, case, _]
