#!/usr/bin/env python3
"""Top 30 regions by 2023 output (100 million yuan) of a gen_firms.py file.
usage: chart_data.py [IN.csv] [OUT.csv]   (defaults: data/f1m.csv, data/chart30.csv)"""
import csv, collections, sys
src = sys.argv[1] if len(sys.argv) > 1 else 'data/f1m.csv'
dst = sys.argv[2] if len(sys.argv) > 2 else 'data/chart30.csv'
s = collections.Counter(); names = {}
with open(src, encoding='utf-8', newline='') as f:
    for r in csv.DictReader(f):
        if r['year'] == '2023':
            s[r['region_code']] += float(r['output_value_yuan']); names[r['region_code']] = r['region_name']
with open(dst, 'w', encoding='utf-8', newline='') as f:
    w = csv.writer(f); w.writerow(['region_name', 'output_100m_yuan'])
    for code, v in s.most_common(30): w.writerow([names[code], round(v / 1e8, 2)])
