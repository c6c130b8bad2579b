#!/usr/bin/env python3
"""Writes province-hexes.geojson: a synthetic hexagon layout of the ten provinces of data/regional-employment.csv.

The hexagons are not borders: each province is one regular hexagon (pointy top, side 1) on a grid, placed roughly
where the province lies (north at the top, east on the right) so that a map of the synthetic panel reads like China.
Neighbouring hexagons share an edge (two vertices with identical coordinates), so queen and rook contiguity agree;
every province has at least one neighbour. Coordinates are planar synthetic metres (hexagon side 100 km, x east,
y north), not degrees: draw them unprojected. Being far outside the range of degrees, they are never mistaken for
longitude and latitude.
Run from this folder: python3 make_province_hexes.py
"""
import json
import math

# (id = Chinese name as in regional-employment.csv, English name, column, row); rows count downwards, odd rows are
# shifted half a hexagon to the right.
PROVINCES = [
    ("吉林", "Jilin", 4, 0),
    ("河北", "Hebei", 2, 1),
    ("辽宁", "Liaoning", 3, 1),
    ("四川", "Sichuan", 1, 2),
    ("河南", "Henan", 2, 2),
    ("山东", "Shandong", 3, 2),
    ("江苏", "Jiangsu", 2, 3),
    ("浙江", "Zhejiang", 2, 4),
    ("广东", "Guangdong", 0, 5),
    ("福建", "Fujian", 1, 5),
]

SIDE = 100_000.0  # metres
WIDTH = math.sqrt(3) * SIDE  # the width of a hexagon (pointy top)


def hexagon(column, row):
    cx = WIDTH * (column + (0.5 if row % 2 else 0.0))
    cy = -1.5 * SIDE * row
    ring = []
    for k in range(6):
        angle = math.radians(90 - 60 * k)  # clockwise from the top vertex
        ring.append([round(cx + SIDE * math.cos(angle), 3) + 0.0, round(cy + SIDE * math.sin(angle), 3) + 0.0])
    ring.reverse()  # counter-clockwise exterior ring, as RFC 7946 asks
    ring.append(ring[0])
    return ring


features = [
    {
        "type": "Feature",
        "id": pid,
        "properties": {"id": pid, "name_zh": pid, "name_en": english},
        "geometry": {"type": "Polygon", "coordinates": [hexagon(column, row)]},
    }
    for pid, english, column, row in PROVINCES
]
with open("province-hexes.geojson", "w", encoding="utf-8", newline="\n") as f:
    f.write('{"type": "FeatureCollection", "features": [\n')
    f.write(",\n".join(json.dumps(feature, ensure_ascii=False) for feature in features))
    f.write("\n]}\n")
