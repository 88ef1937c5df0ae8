from functools import lru_cache

LINES = [(0, 1, 2), (3, 4, 5), (6, 7, 8), (0, 3, 6), (1, 4, 7), (2, 5, 8), (0, 4, 8), (2, 4, 6)]


def winner(b):
    for a, c, d in LINES:
        if b[a] != "." and b[a] == b[c] == b[d]:
            return b[a]
    return None


@lru_cache(maxsize=None)
def minimax(board, player):
    w = winner(board)
    if w:
        return (1 if w == "X" else -1), None
    if "." not in board:
        return 0, None
    best = None
    for i, cell in enumerate(board):
        if cell != ".":
            continue
        nb = board[:i] + player + board[i + 1:]
        score, _ = minimax(nb, "O" if player == "X" else "X")
        if best is None or (player == "X" and score > best[0]) or (player == "O" and score < best[0]):
            best = (score, i)
    return best


def show(b):
    rows = [" | ".join(b[r * 3:r * 3 + 3]) for r in range(3)]
    return "\n---------\n".join(rows)


def play(board="." * 9, player="X", script=None):
    script = list(script or [])
    while not winner(board) and "." in board:
        if script:
            move = script.pop(0)
        else:
            _, move = minimax(board, player)
        if board[move] != ".":
            raise ValueError(f"cell {move} taken")
        board = board[:move] + player + board[move + 1:]
        player = "O" if player == "X" else "X"
    return board, winner(board)


b, w = play()
print(show(b))
print("winner:", w, minimax.cache_info().currsize > 1000)
b, w = play(script=[0, 4, 1])
print(show(b), "\nwinner:", w)
try:
    play(script=[0, 0])
except ValueError as e:
    print("ValueError:", e)
print(minimax("XX.OO....", "X"), minimax("XX.OO....", "O"), minimax("XOXOOXX.X", "O"))
counts = {"X": 0, "O": 0, None: 0}


def all_games(board, player):
    w = winner(board)
    if w or "." not in board:
        counts[w] += 1
        return 1
    return sum(all_games(board[:i] + player + board[i + 1:], "O" if player == "X" else "X")
               for i, c in enumerate(board) if c == ".")


print(all_games("." * 9, "X"), counts)
