"""Prints statistics of one numeric field of a manifest's files; used by the example workflow.

    python stats.py --field kb manifest.json
"""

import json
import sys


def main(argv):
    if len(argv) != 3 or argv[0] != "--field":
        sys.exit("usage: stats.py --field NAME MANIFEST")
    field, path = argv[1], argv[2]
    with open(path) as f:
        values = [entry[field] for entry in json.load(f)["files"]]
    print(f"{len(values)} files, {field}: min {min(values)}, max {max(values)}")
    return {"count": len(values), "total": sum(values), "mean": round(sum(values) / len(values), 1)}


result = main(sys.argv[1:])
