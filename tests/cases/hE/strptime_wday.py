import time
for s, f in [('Tue', '%a'), ('Sunday', '%A'), ('3', '%w'), ('7', '%u'), ('2024 Fri', '%Y %a'), ('2024-03-05 Fri', '%Y-%m-%d %a'), ('2024 10 2', '%Y %W %w'), ('2024 10 0', '%Y %U %w'), ('Feb 29 Mon', '%b %d %a'), ('2024 100 Sun', '%Y %j %a'), ('2024-W10-3', '%G-W%V-%u')]:
    t = time.strptime(s, f)
    print(repr(s), t.tm_year, t.tm_mon, t.tm_mday, t.tm_wday, t.tm_yday)
