import time, datetime
d = datetime.datetime(2024, 3, 5, 7, 8, 9, 12345, tzinfo=datetime.timezone(datetime.timedelta(hours=-5, minutes=-30)))
for f in ['%-d', '%-m', '%-H', '%-I', '%-j', '%k', '%l', '%P', '%Ey', '%EY', '%Od', '%OH', '%_d', '%0e', '%^a', '%^B', '%#Z', '%10Y', '%_5m', '%s' if False else '%n', '%t', '%r', '%+' if False else '%h', '%C', '%g', '%G', '%V', '%u', '%w', '%D', '%F', '%R', '%T', '%c', '%x', '%X', '%z', '%:z', '%Z', '%f', '%%', '%q', '%', 'a%', '%E', '%O', '%-', '%Q']:
    try:
        print(repr(f), repr(d.strftime(f)))
    except Exception as e:
        print(repr(f), type(e).__name__, e)
for f in ['%-d', '%k', '%l', '%P', '%e', '%q', '%']:
    print(repr(f), repr(time.strftime(f, (2024, 3, 5, 7, 8, 9, 1, 65, 0))))
print(datetime.date(2024, 3, 5).strftime('%H:%M:%S %z|%Z|%f'))
print(datetime.time(7, 8).strftime('%Y-%m-%d %j %a'))
print(datetime.datetime(1900, 1, 1).strftime('%a %A %U %W %G %V'), datetime.datetime(9999, 12, 31).strftime('%G %V %j'))
for s, f in [('5', '%-d'), ('Mar 5 2024', '%b %d %Y'), ('mar 05 2024', '%b %d %Y'), ('MARCH 5 2024', '%B %d %Y'), ('2024-03-05 07:08:09 PM', '%Y-%m-%d %I:%M:%S %p'), ('7', '%k'), ('24-3-5', '%y-%m-%d'), ('2024 10 2', '%Y %W %w'), ('2024 10 2', '%Y %U %w'), ('2024 10', '%Y %W'), ('%2024', '%%%Y'), ('2024\t03', '%Y %m'), ('  5', '%d'), ('05 ', '%d'), ('123456789', '%f'), ('1', '%f'), ('+05:30:15', '%z'), ('+0530.5', '%z'), ('GMT', '%Z'), ('EST', '%Z')]:
    try:
        print(repr(s), repr(f), repr(datetime.datetime.strptime(s, f)))
    except Exception as e:
        print(repr(s), repr(f), type(e).__name__, e)
print(time.strptime('2024 65', '%Y %j'), time.strptime('Tue', '%a').tm_wday)
