x = 'é\xZZ'
