# pathlib with tempfile, shutil, glob and csv together: a small script-like workflow
import csv
import glob
import os
import shutil
import tempfile
from pathlib import Path

here = Path(os.getcwd())
with tempfile.TemporaryDirectory(dir=here, prefix='_tmp_combo_') as d:
    root = Path(d)
    print(root.parent == here, root.name.startswith('_tmp_combo_'), root.is_dir())
    data = root / 'data'
    data.mkdir()
    for i in range(3):
        with (data / f'part{i}.csv').open('w', newline='') as f:
            w = csv.writer(f)
            w.writerow(['id', 'value'])
            w.writerows([[i * 10 + k, f'v{k}'] for k in range(2)])
    print(sorted(p.name for p in data.glob('*.csv')))
    print(sorted(os.path.relpath(p, d) for p in glob.glob(os.path.join(d, '**', '*.csv'), recursive=True)))
    total = []
    for p in sorted(data.iterdir()):
        with p.open(newline='') as f:
            total += list(csv.DictReader(f))
    print(total)
    backup = Path(shutil.copytree(data, root / 'backup'))
    print(sorted(p.relative_to(root).as_posix() for p in root.rglob('*')))
    shutil.move(str(backup / 'part0.csv'), str(root / 'moved.csv'))
    print((root / 'moved.csv').read_text().splitlines())
    with tempfile.NamedTemporaryFile('w+', dir=root, suffix='.txt', delete=False) as nt:
        nt.write('named')
    print(Path(nt.name).read_text(), Path(nt.name).suffix, Path(nt.name).parent == root)
    shutil.rmtree(backup)
    print(sorted(p.name for p in root.iterdir() if p.suffix != '.txt'))
print(os.path.exists(d), [p for p in os.listdir(here) if p.startswith('_tmp_combo_')])
