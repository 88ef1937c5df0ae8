# csv: an uncaught reader error shows no frames from the C module
import csv
r = csv.reader(['a,"b"c,d'], strict=True)
for row in r:
    print(row)
