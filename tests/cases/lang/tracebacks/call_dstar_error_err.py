print(**1)
