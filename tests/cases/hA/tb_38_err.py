import math
values = [4, 9, -1]
roots = list(map(math.sqrt, values))
