using ClusterStats.Internal;

namespace ClusterStats.Indices;

/// <summary>Ellison-Glaeser agglomeration and the US Cluster Mapping strong-cluster rule.</summary>
internal static class Agglomeration
{
    public static EllisonGlaeserResult EllisonGlaeser(IEnumerable<FirmRecord> firms, IReadOnlyDictionary<string, double>? regionTotals)
    {
        ArgumentNullException.ThrowIfNull(firms);
        var list = firms.ToList();
        if (list.Count == 0) ThrowHelper.NoFirmRecords();
        var seen = new HashSet<(string, string)>();
        foreach (var f in list)
        {
            if (!double.IsFinite(f.Employment) || f.Employment < 0) ThrowHelper.EmploymentInvalid($"firm '{f.Firm}'", "employment", Distribution.Format(f.Employment));
            if (!seen.Add((f.Firm, f.Industry))) ThrowHelper.FirmTwice(f.Firm, f.Industry);
        }
        Dictionary<string, double> totals;
        if (regionTotals is null)
        {
            totals = new Dictionary<string, double>(StringComparer.Ordinal);
            foreach (var f in list) totals[f.Region] = totals.GetValueOrDefault(f.Region) + f.Employment;
        }
        else
        {
            totals = new Dictionary<string, double>(regionTotals, StringComparer.Ordinal);
            foreach (var (region, v) in totals)
            {
                if (!double.IsFinite(v) || v < 0) ThrowHelper.EmploymentInvalid($"region '{region}'", "total employment", Distribution.Format(v));
            }
            var plants = new Dictionary<string, (double Sum, int Count)>(StringComparer.Ordinal);
            foreach (var f in list)
            {
                if (!totals.ContainsKey(f.Region)) ThrowHelper.RegionWithoutTotal(f.Firm, f.Region);
                var (sum, count) = plants.GetValueOrDefault(f.Region);
                plants[f.Region] = (sum + f.Employment, count + 1);
            }
            // A region employs at least its own plants; the plants' sum may exceed the total only by the rounding of its
            // count additions (each at most half a unit in the last place, 2^-53 relative).
            foreach (var (region, (sum, count)) in plants)
            {
                if (sum - totals[region] > count * Math.ScaleB(sum, -52))
                    ThrowHelper.RegionTotalBelowPlants(region, Distribution.Format(totals[region]), Distribution.Format(sum));
            }
        }
        var grand = totals.Values.Sum();
        if (!(grand > 0)) ThrowHelper.ZeroTotalEmployment();
        var x = totals.ToDictionary(kv => kv.Key, kv => kv.Value / grand, StringComparer.Ordinal);
        var sumX2 = x.Values.Sum(v => v * v);
        var result = new List<EllisonGlaeserIndustry>();
        foreach (var group in list.GroupBy(f => f.Industry, StringComparer.Ordinal))
        {
            var employment = group.Sum(f => f.Employment);
            if (!(employment > 0)) ThrowHelper.UndefinedIndex("Ellison-Glaeser", $"industry '{group.Key}' has zero employment, so its shares are undefined.");
            var byRegion = group.GroupBy(f => f.Region, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Sum(f => f.Employment) / employment, StringComparer.Ordinal);
            double g = 0;
            foreach (var (region, xr) in x)
            {
                var d = byRegion.GetValueOrDefault(region) - xr;
                g += d * d;
            }
            double h = group.Sum(f => (f.Employment / employment) * (f.Employment / employment));
            var gamma = h >= 1 ? double.NaN : (g - (1 - sumX2) * h) / ((1 - sumX2) * (1 - h));
            result.Add(new EllisonGlaeserIndustry(group.Key, gamma, g, h, group.Count(), employment));
        }
        return new EllisonGlaeserResult(result);
    }

    public static ClusterStrengthResult Strength(RegionIndustryMatrix employment, RegionIndustryMatrix establishments, MissingCellPolicy missing)
    {
        ArgumentNullException.ThrowIfNull(employment);
        ArgumentNullException.ThrowIfNull(establishments);
        if (!employment.Regions.SequenceEqual(establishments.Regions, StringComparer.Ordinal) || !employment.Industries.SequenceEqual(establishments.Industries, StringComparer.Ordinal))
        {
            ThrowHelper.ClusterStrengthShapes();
        }
        var shares = new MatrixShares(employment, "cluster strength", missing, ZeroTotalPolicy.NaN, null);
        var est = establishments.Dense(missing, "cluster strength");
        var lq = shares.LocationQuotients();
        int R = shares.R, I = shares.I;
        var cells = new ClusterStrengthCell[R * I];
        var thresholds = new List<ClusterStrengthThresholds>(I);
        for (int i = 0; i < I; i++)
        {
            var active = Enumerable.Range(0, R).Where(r => shares.X[r * I + i] > 0).ToArray();
            double lq75 = double.NaN, emp25 = double.NaN, est25 = double.NaN;
            if (active.Length > 0)
            {
                lq75 = Distribution.QuantileType7(active.Select(r => lq[r * I + i]).ToArray(), 0.75);
                emp25 = Distribution.QuantileType7(active.Select(r => shares.X[r * I + i]).ToArray(), 0.25);
                est25 = Distribution.QuantileType7(active.Select(r => est[r * I + i]).ToArray(), 0.25);
            }
            thresholds.Add(new ClusterStrengthThresholds(employment.Industries[i], lq75, emp25, est25));
            for (int r = 0; r < R; r++)
            {
                int k = r * I + i;
                bool strong = shares.X[k] > 0 && lq[k] >= lq75 && shares.X[k] > emp25 && est[k] > est25 && lq[k] >= 1;
                cells[k] = new ClusterStrengthCell(employment.Regions[r], employment.Industries[i], shares.X[k], est[k], lq[k], strong);
            }
        }
        return new ClusterStrengthResult(cells, thresholds);
    }
}
