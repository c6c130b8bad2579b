using ClusterStats.Internal;

namespace ClusterStats.Indices;

/// <summary>Shares, location quotients and the per-region and per-industry indices of a region x industry matrix.</summary>
internal sealed class MatrixShares
{
    public MatrixShares(RegionIndustryMatrix matrix, string index, MissingCellPolicy missing, ZeroTotalPolicy zeroTotals, ReferenceTotals? reference)
    {
        Matrix = matrix;
        Index = index;
        ZeroTotals = zeroTotals;
        R = matrix.Regions.Count;
        I = matrix.Industries.Count;
        Totals = matrix.Totals(missing, index);
        X = Totals.Original;
        W = Totals.Values;
        RowTotals = Totals.RowTotals;
        ColumnTotals = Totals.ColumnTotals;
        Total = Totals.Total;
        ReferenceShares = new double[I];
        if (reference is null)
        {
            for (int i = 0; i < I; i++) ReferenceShares[i] = Total > 0 ? ColumnTotals[i] / Total : double.NaN;
        }
        else
        {
            for (int i = 0; i < I; i++)
            {
                var name = matrix.Industries[i];
                if (!reference.IndustryTotals.TryGetValue(name, out var t)) ThrowHelper.ReferenceIndustryMissing(index, name);
                for (int r = 0; r < R; r++)
                {
                    if (X[r * I + i] > t)
                    {
                        ThrowHelper.PartExceedsReference(index, matrix.Regions[r], name, Distribution.Format(X[r * I + i]), Distribution.Format(t));
                    }
                }
                ReferenceShares[i] = t / reference.GrandTotal;
            }
        }
    }

    private MatrixTotals Totals { get; }
    public RegionIndustryMatrix Matrix { get; }
    public string Index { get; }
    public ZeroTotalPolicy ZeroTotals { get; }
    public int R { get; }
    public int I { get; }

    /// <summary>The values as given (read only).</summary>
    public double[] X { get; }

    /// <summary>The values the shares are computed from: <see cref="X"/>, or a copy scaled by a power of two when sums would overflow (read only).</summary>
    private double[] W { get; }

    /// <summary>Row totals of <see cref="W"/>.</summary>
    public double[] RowTotals { get; }

    /// <summary>Column totals of <see cref="W"/>.</summary>
    public double[] ColumnTotals { get; }

    /// <summary>The grand total of <see cref="W"/>.</summary>
    public double Total { get; }

    /// <summary>S_i: the industry's share of the reference economy.</summary>
    public double[] ReferenceShares { get; }

    /// <summary>The value of an undefined ratio (0/0) under the policy.</summary>
    public double Undefined(string what) => ZeroTotals switch
    {
        ZeroTotalPolicy.Zero => 0,
        ZeroTotalPolicy.NaN => double.NaN,
        _ => ThrowHelper.UndefinedIndex<double>(Index, $"{what} (0/0). Choose the zero-total policy ZeroTotalPolicy.NaN or ZeroTotalPolicy.Zero to accept it."),
    };

    public bool EmptyRegion(int r, out double value)
    {
        value = RowTotals[r] > 0 ? 0 : Undefined($"region '{Matrix.Regions[r]}' has a total of zero, so its shares are undefined");
        return !(RowTotals[r] > 0);
    }

    public double Share(int r, int i) => W[r * I + i] / RowTotals[r];

    public double[] LocationQuotients()
    {
        var lq = new double[R * I];
        ForEachLocationQuotientBlock((from, to, write) =>
        {
            for (int r = from; r < to; r++) write(r, lq.AsSpan(r * I, I));
        });
        return lq;
    }

    /// <summary>Writes one region's location quotients into a row of <see cref="I"/> values.</summary>
    public delegate void LocationQuotientRow(int region, Span<double> row);

    /// <summary>
    /// Runs <paramref name="body"/>(from, to, write) over blocks of regions, in parallel on large matrices, where
    /// write(r, row) fills region r's location quotients: for a caller that needs them a row at a time, without the
    /// whole R x I array. An error under <see cref="ZeroTotalPolicy.Error"/> is thrown before any block runs.
    /// </summary>
    public void ForEachLocationQuotientBlock(Action<int, int, LocationQuotientRow> body)
    {
        // 1 / S_i where it is finite; the other industries (a zero or tiny reference share) are done cell by cell.
        var inverse = new double[I];
        var special = new List<int>();
        for (int i = 0; i < I; i++)
        {
            inverse[i] = 1 / ReferenceShares[i];
            if (!(ReferenceShares[i] > 0) || !double.IsFinite(inverse[i])) special.Add(i);
        }
        var zero = special.FindAll(i => !(ReferenceShares[i] > 0));
        if (ZeroTotals == ZeroTotalPolicy.Error)
        {
            // The first undefined ratio in row-major order names the error, as a cell-by-cell loop would.
            for (int r = 0; r < R; r++)
            {
                EmptyRegion(r, out _);
                if (zero.Count > 0) Undefined($"industry '{Matrix.Industries[zero[0]]}' has a reference total of zero, so LQ of region '{Matrix.Regions[r]}' is 0/0");
            }
        }
        double undefined = ZeroTotals == ZeroTotalPolicy.Zero ? 0 : double.NaN;
        void Write(int r, Span<double> row)
        {
            if (!(RowTotals[r] > 0)) { row.Fill(undefined); return; }
            MatrixKernels.Quotients(W.AsSpan(r * I, I), RowTotals[r], inverse, row);
            foreach (var i in special) row[i] = ReferenceShares[i] > 0 ? Share(r, i) / ReferenceShares[i] : undefined;
        }
        Totals.ForEachRowBlock((from, to) => body(from, to, Write));
    }

    /// <summary>One value per region: the zero-total policy for empty regions (in row order, so an error names the first),
    /// <paramref name="compute"/> (pure, run in parallel on large matrices) for the others.</summary>
    public double[] PerRegion(Func<int, double> compute)
    {
        var values = new double[R];
        for (int r = 0; r < R; r++)
        {
            if (EmptyRegion(r, out var v)) values[r] = v;
        }
        Totals.ForEachRowBlock((from, to) =>
        {
            for (int r = from; r < to; r++)
            {
                if (RowTotals[r] > 0) values[r] = compute(r);
            }
        });
        return values;
    }

    /// <summary>K_r = sum_i |s_ri - S_i|.</summary>
    public double Krugman(int r) => MatrixKernels.SumAbsDifference(RegionRow(r), RowTotals[r], ReferenceShares);

    /// <summary>The Herfindahl sum of squared shares of a region with a positive total.</summary>
    public double HerfindahlSum(int r) => MatrixKernels.SumOfSquaredShares(RegionRow(r), RowTotals[r]);

    /// <summary>The values of one region (scaled as the totals are).</summary>
    public ReadOnlySpan<double> RegionRow(int r) => W.AsSpan(r * I, I);

    /// <summary>Hachman = 1 / sum_i s_ri LQ_ri = 1 / sum_i s_ri^2 / S_i; industries absent from both the region and the reference add nothing.</summary>
    public double Hachman(int r)
    {
        double sum = 0;
        for (int i = 0; i < I; i++)
        {
            var s = Share(r, i);
            if (s == 0) continue;
            sum += s * s / ReferenceShares[i];
        }
        return 1 / sum;
    }

    /// <summary>EconGeo's locational Gini of one industry: regions sorted by x_ri / pop_r, half the Lorenz-curve Gini (0 .. 0.5).</summary>
    public double LocationalGini(int i)
    {
        if (!(ColumnTotals[i] > 0)) return Undefined($"industry '{Matrix.Industries[i]}' has a total of zero, so its regional shares are undefined");
        var regions = Enumerable.Range(0, R).Where(r => RowTotals[r] > 0).OrderBy(r => W[r * I + i] / RowTotals[r]).ToArray();
        double cumInd = 0, cumPop = 0, prevInd = 0, prevPop = 0, g = 0;
        foreach (var r in regions)
        {
            cumInd += W[r * I + i];
            cumPop += RowTotals[r];
            double l = cumInd / ColumnTotals[i], p = cumPop / Total;
            g += l * prevPop - prevInd * p;
            (prevInd, prevPop) = (l, p);
        }
        return g / 2;
    }
}
