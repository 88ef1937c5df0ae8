print("é" 1)
