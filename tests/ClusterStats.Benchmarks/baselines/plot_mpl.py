#!/usr/bin/python3
"""Bar chart of 30 regions with Chinese labels, 800x600 PNG. usage: plot_mpl.py N OUTDIR [CSV]"""
import sys, os, time, csv
t_start = time.perf_counter()
import matplotlib
matplotlib.use("Agg")
import matplotlib.pyplot as plt
plt.rcParams["font.sans-serif"] = ["Noto Sans CJK JP"]  # matplotlib 3.6 reads only the first face of the .ttc
plt.rcParams["axes.unicode_minus"] = False
n, out = int(sys.argv[1]), sys.argv[2]
os.makedirs(out, exist_ok=True)
src = sys.argv[3] if len(sys.argv) > 3 else os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "data", "chart30.csv")
with open(src, encoding="utf-8") as f:
    rows = list(csv.DictReader(f))
labels = [r["region_name"] for r in rows]; vals = [float(r["output_100m_yuan"]) for r in rows]
t_import = time.perf_counter() - t_start
times = []
for k in range(n):
    t0 = time.perf_counter()
    fig, ax = plt.subplots(figsize=(8, 6), dpi=100)
    ax.bar(range(len(vals)), vals, color="#3b75af")
    ax.set_xticks(range(len(vals)), labels, rotation=60, ha="right", fontsize=8)
    ax.set_ylabel("产值（亿元）"); ax.set_title("2023年产值前30个乡镇")
    fig.tight_layout()
    fig.savefig(os.path.join(out, f"mpl_{k % 2}.png"))
    plt.close(fig)
    times.append(time.perf_counter() - t0)
s = sorted(times[1:]) if n > 1 else times
print(f"matplotlib startup+import={t_import*1000:.0f}ms first={times[0]*1000:.1f}ms median_rest={s[len(s)//2]*1000:.1f}ms mean_rest={sum(s)/len(s)*1000:.1f}ms n={n}", file=sys.stderr)
