"""numpy side of `indices-vs-numpy` (IndicesVersusNumpy.cs): the same indices on the same data, timed in-process.

Usage:
  indices_numpy.py matrix FILE REGIONS INDUSTRIES RUNS [OUTDIR]
  indices_numpy.py panel FILE YEARS REGIONS INDUSTRIES RUNS [OUTDIR]

FILE holds little-endian float64 values, row-major (years x regions x industries for a panel). Prints the median
wall time of RUNS timed runs in milliseconds (after one untimed warm-up run for a matrix;
a panel run is long enough to need none) as `median_ms <value>`; with OUTDIR,
also writes the last timed run's results as float64 files there for the runner to compare.
"""
import sys
import time

import numpy as np


def lq_hhi_krugman(x):
    rows = x.sum(axis=1)
    cols = x.sum(axis=0)
    reference = cols / rows.sum()
    shares = x / rows[:, None]
    lq = shares / reference
    hhi = (shares * shares).sum(axis=1)
    krugman = np.abs(shares - reference).sum(axis=1)
    return lq, hhi, krugman


def lq(x):
    rows = x.sum(axis=1)
    cols = x.sum(axis=0)
    return (x / rows[:, None]) / (cols / rows.sum())


def dunn(e1, e2):
    """Dunn shift-share with the nation as the sum of the regions: growth, national share, industry mix,
    regional shift, net total shift per region (every base-year cell positive)."""
    n1, n2 = e1.sum(axis=0), e2.sum(axis=0)
    nation_rate = n2.sum() / n1.sum()
    industry_rate = n2 / n1
    b, e = e1.sum(axis=1), e2.sum(axis=1)
    expected = e1 @ industry_rate
    regional = (e1 * (e2 / e1 - industry_rate)).sum(axis=1)
    return np.column_stack([e - b, b * (nation_rate - 1), expected - b * nation_rate, regional, e - b * nation_rate])


def eci(x):
    """Eigenvector ECI (Growth Lab): M = [RCA >= 1]; kp the unit eigenvector of M_pp for the second eigenvalue,
    taken from the symmetric form A'A with A = D_c^-1/2 M D_p^-1/2; kc = D_c^-1 M kp signed to correlate positively
    with diversity; ECI the z-score of kc (population sd). Regions or products with degree 0 are NaN."""
    rows = x.sum(axis=1)
    cols = x.sum(axis=0)
    with np.errstate(invalid="ignore", divide="ignore"):
        rca = (x / rows[:, None]) / (cols / rows.sum())
    m = (np.nan_to_num(rca) >= 1).astype(np.float64)
    diversity, ubiquity = m.sum(axis=1), m.sum(axis=0)
    keep_c, keep_p = diversity > 0, ubiquity > 0
    mk = m[keep_c][:, keep_p]
    kc0, kp0 = diversity[keep_c], ubiquity[keep_p]
    a = mk / np.sqrt(kc0)[:, None] / np.sqrt(kp0)[None, :]
    _, vectors = np.linalg.eigh(a.T @ a)
    kp = vectors[:, -2] / np.sqrt(kp0)
    kp /= np.linalg.norm(kp)
    kc = (mk @ kp) / kc0
    if np.corrcoef(kc, kc0)[0, 1] < 0:
        kc = -kc
    out = np.full(x.shape[0], np.nan)
    out[keep_c] = (kc - kc.mean()) / kc.std()
    return out


def panel(p):
    lqs = [lq(p[y]) for y in range(p.shape[0])]
    shift = dunn(p[0], p[-1])
    ecis = [eci(p[y]) for y in range(p.shape[0])]
    return lqs, shift, ecis


def timed(work, runs, warm_up):
    """The median wall time of RUNS runs in milliseconds and the last run's result (written out when asked, so
    the results compared are those of a timed run and the work is not done once more for them)."""
    if warm_up:
        work()
    times = []
    result = None
    for _ in range(runs):
        start = time.perf_counter()
        result = work()
        times.append((time.perf_counter() - start) * 1000)
    return float(np.median(times)), result


def main(argv):
    mode = argv[1]
    if mode == "matrix":
        path, regions, industries, runs = argv[2], int(argv[3]), int(argv[4]), int(argv[5])
        x = np.fromfile(path, dtype="<f8").reshape(regions, industries)
        median, (lq_, hhi, krugman) = timed(lambda: lq_hhi_krugman(x), runs, warm_up=True)
        print(f"median_ms {median:.4f}")
        if len(argv) > 6:
            lq_.tofile(f"{argv[6]}/matrix_lq.f64")
            hhi.tofile(f"{argv[6]}/matrix_hhi.f64")
            krugman.tofile(f"{argv[6]}/matrix_krugman.f64")
    elif mode == "panel":
        path, years, regions, industries, runs = argv[2], int(argv[3]), int(argv[4]), int(argv[5]), int(argv[6])
        p = np.fromfile(path, dtype="<f8").reshape(years, regions, industries)
        median, (lqs, shift, ecis) = timed(lambda: panel(p), runs, warm_up=False)
        print(f"median_ms {median:.4f}")
        if len(argv) > 7:
            np.stack(lqs).tofile(f"{argv[7]}/panel_lq.f64")
            shift.tofile(f"{argv[7]}/panel_shift.f64")
            np.stack(ecis).tofile(f"{argv[7]}/panel_eci.f64")
    else:
        raise SystemExit(f"unknown mode {mode!r}")


if __name__ == "__main__":
    main(sys.argv)
