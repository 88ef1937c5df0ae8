f = lambda x=[][0]: x
