# time: struct_time, gmtime, asctime/ctime, mktime (round trip only: the
# local zone is the machine's), strftime on fixed times.
import time

g = time.gmtime(951782400)
print(g)
print(g.tm_year, g.tm_mon, g.tm_mday, g.tm_hour, g.tm_wday, g.tm_yday, g.tm_isdst, g.tm_zone, g.tm_gmtoff)
print(g[0], g[-1], g[:3], len(g), tuple(g), isinstance(g, tuple), type(g).__name__, type(g).__module__)
print(time.struct_time.n_fields, time.struct_time.n_sequence_fields, time.struct_time.n_unnamed_fields)
for t in [0, -1.5, 86399, 86400 * 365.25 * 30, 1e9 + 0.999, 253402300800, 10 ** 11, -86400 * 365 * 2000,
          951868800, 4107542400]:
    print(t, tuple(time.gmtime(t)))
for bad in [1e20, float('nan'), 'x']:
    try:
        time.gmtime(bad)
    except (OverflowError, ValueError, TypeError) as e:
        print(type(e).__name__, e)
s = time.struct_time((2001, 2, 3, 4, 5, 6, 5, 34, 0))
print(s, s.tm_zone, s == (2001, 2, 3, 4, 5, 6, 5, 34, 0))
s11 = time.struct_time((2001, 2, 3, 4, 5, 6, 5, 34, 0, 'XYZ', 3600))
print(s11.tm_zone, s11.tm_gmtoff, len(s11))
for bad in [(1, 2, 3), tuple(range(12)), 5]:
    try:
        time.struct_time(bad)
    except TypeError as e:
        print('TypeError', e)
print(time.asctime(g), time.asctime((2000, 1, 1, 0, 0, 0, 0, 1, 0)), time.ctime(0), time.ctime(1e9))
print(time.asctime((10000, 1, 1, 0, 0, 0, 0, 1, 0)))
for bad in [(2000, 1, 1), 5, (2000, 13, 1, 0, 0, 0, 0, 1, 0)]:
    try:
        time.asctime(bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
for t in [0, 951782400, 1e9, 1234567890.5, -100000]:
    print(time.mktime(time.localtime(t)) == int(t // 1), time.localtime(t)[:6] == time.gmtime(t)[:6] or True)
print(time.strftime('%a %A %b %B %c %d %e %H %I %j %m %M %p %S %U %w %W %x %X %y %Y %%', g))
print(time.strftime('%C %D %F %T %R %G %g %V %u %h %k %l %P|%n|%t|', g))
print(time.strftime('%3d|%-H|%_H|%010Y|%^a|%#b|%-j|%^B|%5Y|%-d|%_m|%Oy|%Ey', (2000, 1, 5, 7, 0, 0, 0, 5, 0)))
print(time.strftime('%Q %f %E %', g), repr(time.strftime('', g)))
for t in [(2021, 1, 1, 0, 0, 0, 4, 1, 0), (2020, 12, 31, 0, 0, 0, 3, 366, 0), (2024, 12, 30, 0, 0, 0, 0, 365, 0),
          (2016, 1, 3, 0, 0, 0, 6, 3, 0), (2015, 12, 28, 0, 0, 0, 0, 362, 0), (2010, 1, 4, 0, 0, 0, 0, 4, 0)]:
    print(t[:3], time.strftime('%U %W %V %G %g %u %w %j', t))
for t in [(2000, 1, 1, 12, 0, 0, 0, 1, 0), (2000, 1, 1, 13, 0, 0, 0, 1, 0), (2000, 1, 1, 0, 30, 0, 0, 1, 0)]:
    print(time.strftime('%I %p %l %r', t))
print(time.strftime('%y %C %Y', (12345, 1, 1, 0, 0, 0, 0, 1, 0)), time.strftime('%Y', (2000, 0, 0, 0, 0, 0, 0, 0, 0)))
print(time.strftime('%Y-%m-%d %j %a', (2000, 0, 0, 0, 0, 0, 0, 0, 5)), time.strftime('%a', (2000, 1, 1, 0, 0, 0, -1, 1, 0)))
print(time.strftime('%s', (2000, 1, 1, 0, 0, 0, 0, 1, 0)) == '946684800' or True)
for t in [(2000, 13, 1, 0, 0, 0, 0, 1, 0), (2000, 1, 32, 0, 0, 0, 0, 1, 0), (2000, 1, 1, 24, 0, 0, 0, 1, 0),
          (2000, 1, 1, 0, 60, 0, 0, 1, 0), (2000, 1, 1, 0, 0, 62, 0, 1, 0), (2000, 1, 1, 0, 0, 0, -2, 1, 0),
          (2000, 1, 1, 0, 0, 0, 0, 367, 0)]:
    try:
        time.strftime('%Y', t)
    except ValueError as e:
        print('ValueError', e)
for args in [(5,), ('%Y', 5), ('a\x00b', g)]:
    try:
        time.strftime(*args)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
for bad in [-1, 'a']:
    try:
        time.sleep(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
time.sleep(0)
t1 = time.monotonic()
t2 = time.monotonic()
print(t2 >= t1, time.perf_counter_ns() > 0, isinstance(time.time_ns(), int), time.process_time() >= 0.0)
print(isinstance(time.timezone, int), isinstance(time.tzname, tuple), len(time.tzname))
