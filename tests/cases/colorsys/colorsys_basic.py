import colorsys

vals = [0.0, 0.1, 0.25, 1/3, 0.5, 0.6, 2/3, 0.75, 0.9, 1.0]
n = 0
for r in vals:
    for g in vals[::3]:
        for b in vals[::2]:
            for f, inv in [(colorsys.rgb_to_yiq, colorsys.yiq_to_rgb),
                           (colorsys.rgb_to_hls, colorsys.hls_to_rgb),
                           (colorsys.rgb_to_hsv, colorsys.hsv_to_rgb)]:
                x = f(r, g, b)
                y = inv(*x)
                print(f.__name__, (r, g, b), x, y)
                n += 1
print(n)
print(colorsys.yiq_to_rgb(2.0, 1.0, -1.0), colorsys.yiq_to_rgb(-1, 0, 0))
print(colorsys.hsv_to_rgb(1.0, 0.5, 0.5), colorsys.hsv_to_rgb(-0.2, 0.5, 0.5))
print(colorsys.hls_to_rgb(1.5, 0.7, 0.3), colorsys.rgb_to_hls(1, 1, 1), colorsys.rgb_to_hsv(0, 0, 0))
print(colorsys.rgb_to_hls(1, 0, 0), colorsys.rgb_to_hsv(0, 255, 0))
print(sorted(colorsys.__all__))
