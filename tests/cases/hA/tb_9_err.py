matrix = [[1, 2], [3, 4]]
def cell(i, j):
    return matrix[i][j] / (matrix[j][i] - 3)
print(cell(0, 1))
print(cell(1, 0))
