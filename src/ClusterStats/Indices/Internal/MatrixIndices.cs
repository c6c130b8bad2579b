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
        X = matrix.Dense(missing, index);
        RowTotals = new double[R];
        ColumnTotals = new double[I];
        for (int r = 0; r < R; r++)
        {
            for (int i = 0; i < I; i++)
            {
                RowTotals[r] += X[r * I + i];
                ColumnTotals[i] += X[r * I + i];
            }
        }
        Total = RowTotals.Sum();
        ReferenceShares = new double[I];
        if (reference is null)
        {
            for (int i = 0; i < I; i++) ReferenceShares[i] = Total > 0 ? ColumnTotals[i] / Total : double.NaN;
            ReferenceColumnTotals = ColumnTotals;
        }
        else
        {
            ReferenceColumnTotals = new double[I];
            for (int i = 0; i < I; i++)
            {
                var name = matrix.Industries[i];
                if (!reference.IndustryTotals.TryGetValue(name, out var t)) ThrowHelper.Invalid($"{index}: the reference totals have no industry '{name}'.");
                for (int r = 0; r < R; r++)
                {
                    if (X[r * I + i] > t)
                    {
                        ThrowHelper.Invalid($"{index}: region '{matrix.Regions[r]}' has {Distribution.Format(X[r * I + i])} in industry '{name}', more than the reference total {Distribution.Format(t)}; a part cannot exceed its whole.");
                    }
                }
                ReferenceColumnTotals[i] = t;
                ReferenceShares[i] = t / reference.GrandTotal;
            }
        }
    }

    public RegionIndustryMatrix Matrix { get; }
    public string Index { get; }
    public ZeroTotalPolicy ZeroTotals { get; }
    public int R { get; }
    public int I { get; }
    public double[] X { get; }
    public double[] RowTotals { get; }
    public double[] ColumnTotals { get; }
    public double[] ReferenceColumnTotals { get; }
    public double Total { get; }

    /// <summary>S_i: the industry's share of the reference economy.</summary>
    public double[] ReferenceShares { get; }

    /// <summary>The value of an undefined ratio (0/0) under the policy.</summary>
    public double Undefined(string what) => ZeroTotals switch
    {
        ZeroTotalPolicy.Zero => 0,
        ZeroTotalPolicy.NaN => double.NaN,
        _ => ThrowHelper.Invalid<double>($"{Index}: {what} (0/0). Choose the zero-total policy NaN or Zero (CLI: --zero-totals nan|zero) to accept it."),
    };

    public bool EmptyRegion(int r, out double value)
    {
        value = RowTotals[r] > 0 ? 0 : Undefined($"region '{Matrix.Regions[r]}' has a total of zero, so its shares are undefined");
        return !(RowTotals[r] > 0);
    }

    public double Share(int r, int i) => X[r * I + i] / RowTotals[r];

    public double[] LocationQuotients()
    {
        var lq = new double[R * I];
        for (int r = 0; r < R; r++)
        {
            for (int i = 0; i < I; i++)
            {
                if (EmptyRegion(r, out var v)) { lq[r * I + i] = v; continue; }
                var s = Share(r, i);
                if (ReferenceShares[i] > 0) lq[r * I + i] = s / ReferenceShares[i];
                else lq[r * I + i] = Undefined($"industry '{Matrix.Industries[i]}' has a reference total of zero, so LQ of region '{Matrix.Regions[r]}' is 0/0");
            }
        }
        return lq;
    }

    public double[] PerRegion(Func<int, double> compute)
    {
        var values = new double[R];
        for (int r = 0; r < R; r++) values[r] = EmptyRegion(r, out var v) ? v : compute(r);
        return values;
    }

    public double Krugman(int r)
    {
        double k = 0;
        for (int i = 0; i < I; i++) k += Math.Abs(Share(r, i) - ReferenceShares[i]);
        return k;
    }

    public ReadOnlySpan<double> RegionRow(int r) => X.AsSpan(r * I, I);

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
        var regions = Enumerable.Range(0, R).Where(r => RowTotals[r] > 0).OrderBy(r => X[r * I + i] / RowTotals[r]).ToArray();
        double cumInd = 0, cumPop = 0, prevInd = 0, prevPop = 0, g = 0;
        foreach (var r in regions)
        {
            cumInd += X[r * I + i];
            cumPop += RowTotals[r];
            double l = cumInd / ColumnTotals[i], p = cumPop / Total;
            g += l * prevPop - prevInd * p;
            (prevInd, prevPop) = (l, p);
        }
        return g / 2;
    }
}
