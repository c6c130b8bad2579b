using System.Globalization;
using ClusterStats.Internal;

namespace ClusterStats.Indices;

/// <summary>Shift-share decompositions (Dunn, Esteban-Marquillas, Gerfin), one period or chained over consecutive years.</summary>
internal static class ShiftShareMath
{
    public static IReadOnlyList<string> ComponentNames(ShiftShareMethod method) => method switch
    {
        ShiftShareMethod.Dunn => ["growth", "national_share", "industry_mix", "regional_shift", "net_total_shift"],
        ShiftShareMethod.EstebanMarquillas => ["growth", "national_share", "industry_mix", "regional_shift", "allocation_effect", "net_total_shift"],
        _ => ["industry_mix_factor", "regional_factor", "total_factor"],
    };

    public static ShiftShareResult Compute(RegionIndustryPanel panel, int baseYear, int endYear, ShiftShareMethod method,
        IReadOnlyDictionary<int, ReferenceTotals>? nation, bool chainYears, ZeroBaseCellPolicy zeroBase, MissingCellPolicy missing)
    {
        ArgumentNullException.ThrowIfNull(panel);
        if (endYear <= baseYear) ThrowHelper.ShiftShareYears(Y(baseYear), Y(endYear));
        if (zeroBase == ZeroBaseCellPolicy.AlgebraicForm && method == ShiftShareMethod.EstebanMarquillas)
        {
            ThrowHelper.AlgebraicFormWithEstebanMarquillas();
        }
        _ = panel[baseYear];
        _ = panel[endYear];
        var years = chainYears ? panel.Years.Where(y => y >= baseYear && y <= endYear).ToArray() : [baseYear, endYear];
        var periods = new List<(int, int)>();
        for (int k = 0; k + 1 < years.Length; k++) periods.Add((years[k], years[k + 1]));
        var names = ComponentNames(method);
        int regions = panel.Regions.Count;
        var totals = new double[regions][];
        for (int r = 0; r < regions; r++)
        {
            totals[r] = new double[names.Count];
            if (method == ShiftShareMethod.Gerfin) Array.Fill(totals[r], 1.0);
        }
        foreach (var (from, to) in periods)
        {
            var step = Period(panel, from, to, method, nation, zeroBase, missing);
            for (int r = 0; r < regions; r++)
            {
                for (int c = 0; c < names.Count; c++)
                {
                    if (method == ShiftShareMethod.Gerfin) totals[r][c] *= step[r][c];
                    else totals[r][c] += step[r][c];
                }
            }
        }
        var b = panel[baseYear].Dense(missing, "shift-share");
        var e = panel[endYear].Dense(missing, "shift-share");
        int n = panel.Industries.Count;
        var result = new List<ShiftShareRegion>(regions);
        for (int r = 0; r < regions; r++)
        {
            var comps = names.Select((name, c) => new ShiftShareComponent(name, totals[r][c])).ToArray();
            result.Add(new ShiftShareRegion(panel.Regions[r], RowSum(b, r, n), RowSum(e, r, n), comps));
        }
        return new ShiftShareResult(method, baseYear, endYear, periods, names, result);
    }

    private static double RowSum(double[] values, int r, int n)
    {
        double sum = 0;
        foreach (var v in values.AsSpan(r * n, n)) sum += v;
        return sum;
    }

    private static string Y(int year) => year.ToString(CultureInfo.InvariantCulture);

    private static double[][] Period(RegionIndustryPanel panel, int from, int to, ShiftShareMethod method,
        IReadOnlyDictionary<int, ReferenceTotals>? nation, ZeroBaseCellPolicy zeroBase, MissingCellPolicy missing)
    {
        var e1 = panel[from].Dense(missing, "shift-share");
        var e2 = panel[to].Dense(missing, "shift-share");
        int regions = panel.Regions.Count, n = panel.Industries.Count;
        var n1 = NationRow(panel, nation, from, e1);
        var n2 = NationRow(panel, nation, to, e2);
        double total1 = n1.Sum(), total2 = n2.Sum();
        if (!double.IsFinite(total1) || !double.IsFinite(total2)) ThrowHelper.Overflow("Shift-share", $"the nation's total in {Y(double.IsFinite(total1) ? to : from)}");
        if (!(total1 > 0)) ThrowHelper.UndefinedIndex("Shift-share", $"the nation's total in {Y(from)} is zero, so national growth is undefined.");
        var nationRate = total2 / total1;
        var industryRate = new double[n];
        for (int i = 0; i < n; i++)
        {
            if (n1[i] > 0) industryRate[i] = n2[i] / n1[i];
            else
            {
                bool used = n2[i] > 0;
                for (int r = 0; r < regions && !used; r++) used = e1[r * n + i] > 0 || e2[r * n + i] > 0;
                if (used) ThrowHelper.UndefinedIndex("Shift-share", $"the nation's {Y(from)} value of industry '{panel.Industries[i]}' is zero, so its national growth rate (E_i2/E_i1) is undefined.");
                industryRate[i] = double.NaN; // industry absent everywhere in both years: contributes nothing
            }
        }
        var components = new double[regions][];
        for (int r = 0; r < regions; r++)
        {
            var region = panel.Regions[r];
            double b = 0, e = 0, expected = 0, rs = 0, rsHomothetic = 0, allocation = 0;
            for (int i = 0; i < n; i++)
            {
                b += e1[r * n + i];
                e += e2[r * n + i];
            }
            if (!(b > 0)) ThrowHelper.UndefinedIndex("Shift-share", $"region '{region}' has a total of zero in {Y(from)}, so its growth components are undefined.");
            for (int i = 0; i < n; i++)
            {
                double bi = e1[r * n + i], ei = e2[r * n + i];
                if (double.IsNaN(industryRate[i])) continue;
                expected += bi * industryRate[i];
                if (bi > 0)
                {
                    var diff = ei / bi - industryRate[i];
                    rs += bi * diff;
                    var homothetic = b * n1[i] / total1;
                    rsHomothetic += homothetic * diff;
                    allocation += (bi - homothetic) * diff;
                }
                else if (ei > 0 || method == ShiftShareMethod.EstebanMarquillas)
                {
                    if (method == ShiftShareMethod.Gerfin) continue;
                    if (zeroBase == ZeroBaseCellPolicy.Error || method == ShiftShareMethod.EstebanMarquillas)
                    {
                        ThrowHelper.UndefinedIndex("Shift-share", $"region '{region}' has zero in industry '{panel.Industries[i]}' in {Y(from)}" +
                            (ei > 0 ? $" and {Distribution.Format(ei)} in {Y(to)}" : "") +
                            ", so its regional growth rate is undefined and the regional shift would not add up. " +
                            (method == ShiftShareMethod.EstebanMarquillas
                                ? "Esteban-Marquillas needs a positive base-year value in every industry the nation has."
                                : "Choose the algebraic form (ZeroBaseCellPolicy.AlgebraicForm) to count e_i2 - e_i1 R_i."));
                    }
                    rs += ei; // algebraic form: e_i2 - e_i1 R_i with e_i1 = 0
                }
            }
            components[r] = method switch
            {
                ShiftShareMethod.Dunn => [e - b, b * (nationRate - 1), expected - b * nationRate, rs, e - b * nationRate],
                ShiftShareMethod.EstebanMarquillas => [e - b, b * (nationRate - 1), expected - b * nationRate, rsHomothetic, allocation, e - b * nationRate],
                _ => [expected / b / nationRate, e / b / (expected / b), e / b / nationRate],
            };
            foreach (var v in components[r])
            {
                if (!double.IsFinite(v)) ThrowHelper.Overflow("Shift-share", $"a component of region '{region}' between {Y(from)} and {Y(to)}");
            }
        }
        return components;
    }

    private static double[] NationRow(RegionIndustryPanel panel, IReadOnlyDictionary<int, ReferenceTotals>? nation, int year, double[] regional)
    {
        int n = panel.Industries.Count, regions = panel.Regions.Count;
        var row = new double[n];
        if (nation is null)
        {
            for (int r = 0; r < regions; r++)
            {
                for (int i = 0; i < n; i++) row[i] += regional[r * n + i];
            }
            return row;
        }
        if (!nation.TryGetValue(year, out var totals)) ThrowHelper.NationalDataMissing(Y(year));
        for (int i = 0; i < n; i++)
        {
            if (!totals.IndustryTotals.TryGetValue(panel.Industries[i], out row[i]))
            {
                ThrowHelper.NationalDataMissing(Y(year), panel.Industries[i]);
            }
        }
        return row;
    }
}
