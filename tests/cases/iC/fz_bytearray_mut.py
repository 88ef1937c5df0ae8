import random
random.seed(18)
ba = bytearray(b'hello')
ref = list(ba)
for i in range(1500):
    op = random.choice(['append', 'extend', 'insert', 'pop', 'remove', 'setitem', 'setslice', 'delslice', 'delitem', 'reverse', 'iadd', 'imul', 'clear', 'copy'])
    try:
        if op == 'append':
            v = random.choice([random.randint(0, 255), 256, -1, 'a'])
            ba.append(v)
        elif op == 'extend':
            ba.extend(random.choice([b'xy', [1, 2], bytearray(b'q'), (300,), 'str', range(3), iter([7])]))
        elif op == 'insert':
            ba.insert(random.randint(-20, 20), random.randint(0, 255))
        elif op == 'pop':
            print('popped', ba.pop(*random.choice([(), (random.randint(-20, 20),)])))
        elif op == 'remove':
            ba.remove(random.randint(97, 122))
        elif op == 'setitem':
            ba[random.randint(-20, 20)] = random.choice([random.randint(0, 255), 256, b'a'])
        elif op == 'setslice':
            a = random.randint(-20, 20); b = random.randint(-20, 20); st = random.choice([None, 1, 2, -1, -2])
            val = random.choice([b'', b'XYZ', bytearray(b'Q'), [65, 66], 5, 'no', memoryview(b'mv')])
            ba[a:b:st] = val
        elif op == 'delslice':
            del ba[random.randint(-20, 20):random.randint(-20, 20):random.choice([None, 1, 2, -1, -3])]
        elif op == 'delitem':
            del ba[random.randint(-20, 20)]
        elif op == 'reverse':
            ba.reverse()
        elif op == 'iadd':
            ba += random.choice([b'+', bytearray(b'--'), memoryview(b'm')])
        elif op == 'imul':
            ba *= random.choice([1, 2, 0, -1]) if len(ba) < 30 else 1
        elif op == 'clear':
            if random.random() < 0.2:
                ba.clear()
        elif op == 'copy':
            ba = ba.copy()
        if len(ba) > 60:
            del ba[40:]
        print(i, op, ba)
    except Exception as e:
        print(i, op, type(e).__name__, e)
