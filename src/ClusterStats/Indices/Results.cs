using ClusterStats.Internal;
using Microsoft.Data.Analysis;

namespace ClusterStats.Indices;

/// <summary>
/// One value per region and industry, for example location quotients (<c>lq</c>), binary specialisation
/// (<c>specialisation</c>: 1, 0, or NaN where the LQ is undefined) or density (<c>density</c>). Rows are the regions
/// and columns the industries of the matrix, in its order: a heatmap draws <see cref="ToArray"/> with
/// <see cref="Regions"/> and <see cref="Industries"/> as labels. NaN marks an undefined value (0/0 under
/// <see cref="ZeroTotalPolicy.NaN"/>, or a region or product left out of a complexity computation).
/// </summary>
public sealed class RegionIndustryValues : IIndexResult
{
    private readonly double[] _values;

    internal RegionIndustryValues(string name, IReadOnlyList<string> regions, IReadOnlyList<string> industries, double[] values)
    {
        Name = name;
        Regions = ReadOnly.List(regions);
        Industries = ReadOnly.List(industries);
        _values = values;
    }

    /// <summary>The index name, also the value column name of <see cref="ToDataFrame"/> (for example <c>lq</c>).</summary>
    public string Name { get; }

    /// <summary>Region labels, row order.</summary>
    public IReadOnlyList<string> Regions { get; }

    /// <summary>Industry (product) labels, column order.</summary>
    public IReadOnlyList<string> Industries { get; }

    /// <summary>The value of region row <paramref name="region"/> and industry column <paramref name="industry"/>.</summary>
    public double this[int region, int industry] => _values[region * Industries.Count + industry];

    /// <summary>The value of a region and industry by name.</summary>
    /// <exception cref="ClusterStatsException">The region or industry is not in the result.</exception>
    public double this[string region, string industry]
    {
        get
        {
            ArgumentNullException.ThrowIfNull(region);
            ArgumentNullException.ThrowIfNull(industry);
            return this[Find(Regions, region, "region"), Find(Industries, industry, "industry")];
        }
    }

    /// <summary>The values as a regions x industries array (a copy).</summary>
    public double[,] ToArray()
    {
        var a = new double[Regions.Count, Industries.Count];
        for (int r = 0; r < Regions.Count; r++)
        {
            for (int i = 0; i < Industries.Count; i++) a[r, i] = this[r, i];
        }
        return a;
    }

    /// <summary>Long form: columns region (string), industry (string) and <see cref="Name"/> (double), one row per cell, row-major.</summary>
    public DataFrame ToDataFrame()
    {
        int n = _values.Length, m = Industries.Count;
        var region = new StringDataFrameColumn("region", n);
        var industry = new StringDataFrameColumn("industry", n);
        var value = new DoubleDataFrameColumn(Name, n);
        for (int k = 0; k < n; k++)
        {
            region[k] = Regions[k / m];
            industry[k] = Industries[k % m];
            value[k] = _values[k];
        }
        return new DataFrame(region, industry, value);
    }

    internal static int Find(IReadOnlyList<string> labels, string label, string kind)
    {
        for (int k = 0; k < labels.Count; k++)
        {
            if (string.Equals(labels[k], label, StringComparison.Ordinal)) return k;
        }
        return ThrowHelper.NotInResult<int>(kind, label);
    }
}

/// <summary>
/// One value per label — per region (Krugman, HHI, entropy, Hachman, ECI, diversity) or per industry (locational
/// Gini, PCI, ubiquity). NaN marks an undefined value (an empty region under <see cref="ZeroTotalPolicy.NaN"/>, or a
/// region or product left out of a complexity computation).
/// </summary>
public sealed class IndexValues : IIndexResult
{
    private readonly double[] _values;

    internal IndexValues(string name, string dimension, IReadOnlyList<string> labels, double[] values)
    {
        Name = name;
        Dimension = dimension;
        Labels = ReadOnly.List(labels);
        _values = values;
        Values = Array.AsReadOnly(values);
    }

    /// <summary>The index name, also the value column of <see cref="ToDataFrame"/> (for example <c>krugman</c>).</summary>
    public string Name { get; }

    /// <summary>What the labels are: <c>region</c> or <c>industry</c>; also the label column of <see cref="ToDataFrame"/>.</summary>
    public string Dimension { get; }

    /// <summary>The labels, in the order of the matrix.</summary>
    public IReadOnlyList<string> Labels { get; }

    /// <summary>The values, in the order of <see cref="Labels"/>.</summary>
    public IReadOnlyList<double> Values { get; }

    /// <summary>The value of one label.</summary>
    /// <exception cref="ClusterStatsException">The label is not in the result.</exception>
    public double this[string label]
    {
        get
        {
            ArgumentNullException.ThrowIfNull(label);
            return _values[RegionIndustryValues.Find(Labels, label, Dimension)];
        }
    }

    /// <summary>Columns <see cref="Dimension"/> (string) and <see cref="Name"/> (double).</summary>
    public DataFrame ToDataFrame()
    {
        var labels = new StringDataFrameColumn(Dimension, Labels);
        var values = new DoubleDataFrameColumn(Name, _values);
        return new DataFrame(labels, values);
    }
}

/// <summary>Which Herfindahl figure a per-region result carries.</summary>
public enum HerfindahlVariant
{
    /// <summary>H = sum of squared shares (1/n .. 1).</summary>
    Plain,

    /// <summary>(H - 1/n) / (1 - 1/n) (0 .. 1); NaN for n = 1.</summary>
    Normalised,

    /// <summary>The equivalent number 1/H.</summary>
    EquivalentNumber,
}

/// <summary>The Herfindahl index of one distribution.</summary>
/// <param name="Value">H = sum of squared shares, 1/n .. 1.</param>
/// <param name="Normalised">(H - 1/n) / (1 - 1/n), 0 .. 1; NaN when n = 1 (undefined).</param>
/// <param name="EquivalentNumber">1/H: the number of equal-sized units with the same H.</param>
/// <param name="Count">n, the number of values (zeros included).</param>
public sealed record HerfindahlResult(double Value, double Normalised, double EquivalentNumber, int Count);

/// <summary>A point of a Lorenz curve: the cumulative share of the population (or of the units) and of the value.</summary>
/// <param name="Population">Cumulative population share, 0 .. 1.</param>
/// <param name="Value">Cumulative value share, 0 .. 1.</param>
public readonly record struct LorenzPoint(double Population, double Value);

/// <summary>
/// A Gini coefficient with its Lorenz curve (values sorted ascending, starting at (0, 0) and ending at (1, 1)):
/// G = sum_k (L_k P_(k-1) - L_(k-1) P_k), which is twice the area between the diagonal and the curve.
/// </summary>
/// <param name="Gini">The Gini coefficient, 0 .. (n - 1)/n for n equal-weight units.</param>
/// <param name="Normalised">G x n/(n - 1), 0 .. 1, for unweighted data; NaN for weighted data (classes of unequal
/// size have no such bound) and for n = 1.</param>
/// <param name="Count">The number of units or classes.</param>
/// <param name="Weighted">Whether class sizes (weights) were given.</param>
/// <param name="LorenzPoints">The Lorenz curve, n + 1 points from (0, 0) to (1, 1).</param>
public sealed record GiniResult(double Gini, double Normalised, int Count, bool Weighted, IReadOnlyList<LorenzPoint> LorenzPoints) : IIndexResult
{
    /// <summary>The Lorenz curve, n + 1 points from (0, 0) to (1, 1).</summary>
    public IReadOnlyList<LorenzPoint> LorenzPoints { get; init => field = ReadOnly.List(value); } = ReadOnly.List(LorenzPoints);

    /// <summary>The Lorenz curve as columns population (double) and value (double).</summary>
    public DataFrame ToDataFrame() => new(
        new DoubleDataFrameColumn("population", LorenzPoints.Select(p => p.Population)),
        new DoubleDataFrameColumn("value", LorenzPoints.Select(p => p.Value)));
}

/// <summary>One named component of a shift-share decomposition (for a bar chart: name and value).</summary>
/// <param name="Name">Component name: growth, national_share, industry_mix, regional_shift, allocation_effect,
/// net_total_shift (additive, in the units of the data), or industry_mix_factor, regional_factor, total_factor (Gerfin, ratios).</param>
/// <param name="Value">The component value.</param>
public readonly record struct ShiftShareComponent(string Name, double Value);

/// <summary>The shift-share components of one region.</summary>
/// <param name="Region">The region.</param>
/// <param name="BaseValue">The region's total in the base year.</param>
/// <param name="EndValue">The region's total in the end year.</param>
/// <param name="Components">The components, in the order of <see cref="ShiftShareResult.ComponentNames"/>.</param>
public sealed record ShiftShareRegion(string Region, double BaseValue, double EndValue, IReadOnlyList<ShiftShareComponent> Components)
{
    /// <summary>The components, in the order of <see cref="ShiftShareResult.ComponentNames"/>.</summary>
    public IReadOnlyList<ShiftShareComponent> Components { get; init => field = ReadOnly.List(value); } = ReadOnly.List(Components);

    /// <summary>A component by name.</summary>
    /// <exception cref="ClusterStatsException">The method has no such component.</exception>
    public double this[string component]
    {
        get
        {
            ArgumentNullException.ThrowIfNull(component);
            foreach (var c in Components)
            {
                if (string.Equals(c.Name, component, StringComparison.Ordinal)) return c.Value;
            }
            return ThrowHelper.NoShiftShareComponent<double>(component, Components.Select(c => c.Name));
        }
    }
}

/// <summary>
/// A shift-share decomposition of every region between a base and an end year. Dunn: growth = NS + NTS, NTS = IM + RS.
/// Esteban-Marquillas: RS = regional_shift (homothetic) + allocation_effect. Gerfin: industry_mix_factor x
/// regional_factor = total_factor. Over several periods (<see cref="Periods"/> has more than one entry), additive
/// components are summed over the periods and Gerfin factors multiplied.
/// </summary>
/// <param name="Method">The decomposition.</param>
/// <param name="BaseYear">The base year.</param>
/// <param name="EndYear">The end year.</param>
/// <param name="Periods">The (from, to) periods that were chained: one for a plain comparison.</param>
/// <param name="ComponentNames">The component names, in column order.</param>
/// <param name="Regions">One entry per region, in matrix order.</param>
public sealed record ShiftShareResult(ShiftShareMethod Method, int BaseYear, int EndYear, IReadOnlyList<(int From, int To)> Periods,
    IReadOnlyList<string> ComponentNames, IReadOnlyList<ShiftShareRegion> Regions) : IIndexResult
{
    /// <summary>The (from, to) periods that were chained: one for a plain comparison.</summary>
    public IReadOnlyList<(int From, int To)> Periods { get; init => field = ReadOnly.List(value); } = ReadOnly.List(Periods);

    /// <summary>The component names, in column order.</summary>
    public IReadOnlyList<string> ComponentNames { get; init => field = ReadOnly.List(value); } = ReadOnly.List(ComponentNames);

    /// <summary>One entry per region, in matrix order.</summary>
    public IReadOnlyList<ShiftShareRegion> Regions { get; init => field = ReadOnly.List(value); } = ReadOnly.List(Regions);

    /// <summary>Columns region (string) and one double column per component.</summary>
    public DataFrame ToDataFrame()
    {
        var columns = new List<DataFrameColumn> { new StringDataFrameColumn("region", Regions.Select(r => r.Region)) };
        for (int c = 0; c < ComponentNames.Count; c++)
        {
            int k = c;
            columns.Add(new DoubleDataFrameColumn(ComponentNames[c], Regions.Select(r => r.Components[k].Value)));
        }
        return new DataFrame(columns);
    }
}

/// <summary>The Ellison-Glaeser agglomeration index of one industry.</summary>
/// <param name="Industry">The industry.</param>
/// <param name="Gamma">gamma = (G - (1 - sum x^2) H) / ((1 - sum x^2)(1 - H)); NaN when H = 1 (a single plant).</param>
/// <param name="G">Raw geographic concentration sum_j (s_j - x_j)^2.</param>
/// <param name="H">Plant Herfindahl of the industry's employment.</param>
/// <param name="Plants">Number of plants (firms) of the industry.</param>
/// <param name="Employment">The industry's employment.</param>
public sealed record EllisonGlaeserIndustry(string Industry, double Gamma, double G, double H, int Plants, double Employment);

/// <summary>Ellison-Glaeser results, one per industry in order of first appearance.</summary>
/// <param name="Industries">One entry per industry.</param>
public sealed record EllisonGlaeserResult(IReadOnlyList<EllisonGlaeserIndustry> Industries) : IIndexResult
{
    /// <summary>One entry per industry.</summary>
    public IReadOnlyList<EllisonGlaeserIndustry> Industries { get; init => field = ReadOnly.List(value); } = ReadOnly.List(Industries);

    /// <summary>Columns industry (string), gamma, G, H, employment (double), plants (int).</summary>
    public DataFrame ToDataFrame() => new(
        new StringDataFrameColumn("industry", Industries.Select(i => i.Industry)),
        new DoubleDataFrameColumn("gamma", Industries.Select(i => i.Gamma)),
        new DoubleDataFrameColumn("G", Industries.Select(i => i.G)),
        new DoubleDataFrameColumn("H", Industries.Select(i => i.H)),
        new Int32DataFrameColumn("plants", Industries.Select(i => i.Plants)),
        new DoubleDataFrameColumn("employment", Industries.Select(i => i.Employment)));
}

/// <summary>One firm (plant) record for Ellison-Glaeser.</summary>
/// <param name="Firm">Firm or plant identifier.</param>
/// <param name="Region">Its region.</param>
/// <param name="Industry">Its industry.</param>
/// <param name="Employment">Its employment (non-negative).</param>
public readonly record struct FirmRecord(string Firm, string Region, string Industry, double Employment);

/// <summary>The US Cluster Mapping classification of one region and cluster (industry).</summary>
/// <param name="Region">The region.</param>
/// <param name="Industry">The cluster.</param>
/// <param name="Employment">Employment of the region in the cluster.</param>
/// <param name="Establishments">Establishments of the region in the cluster.</param>
/// <param name="LocationQuotient">LQ against the regions' total of all clusters in the data (traded employment).</param>
/// <param name="Strong">Whether the cluster is strong in the region.</param>
public sealed record ClusterStrengthCell(string Region, string Industry, double Employment, double Establishments, double LocationQuotient, bool Strong);

/// <summary>The thresholds of one cluster, over the regions with employment &gt; 0 (quantiles type 7).</summary>
/// <param name="Industry">The cluster.</param>
/// <param name="LocationQuotientP75">75th percentile of LQ.</param>
/// <param name="EmploymentP25">25th percentile of employment.</param>
/// <param name="EstablishmentsP25">25th percentile of establishments.</param>
public sealed record ClusterStrengthThresholds(string Industry, double LocationQuotientP75, double EmploymentP25, double EstablishmentsP25);

/// <summary>US Cluster Mapping strong-cluster classification for every region and cluster.</summary>
/// <param name="Cells">One entry per region and cluster, row-major in matrix order.</param>
/// <param name="Thresholds">One entry per cluster.</param>
public sealed record ClusterStrengthResult(IReadOnlyList<ClusterStrengthCell> Cells, IReadOnlyList<ClusterStrengthThresholds> Thresholds) : IIndexResult
{
    /// <summary>One entry per region and cluster, row-major in matrix order.</summary>
    public IReadOnlyList<ClusterStrengthCell> Cells { get; init => field = ReadOnly.List(value); } = ReadOnly.List(Cells);

    /// <summary>One entry per cluster.</summary>
    public IReadOnlyList<ClusterStrengthThresholds> Thresholds { get; init => field = ReadOnly.List(value); } = ReadOnly.List(Thresholds);

    /// <summary>Columns region, industry (string), employment, establishments, lq (double), strong (bool).</summary>
    public DataFrame ToDataFrame() => new(
        new StringDataFrameColumn("region", Cells.Select(c => c.Region)),
        new StringDataFrameColumn("industry", Cells.Select(c => c.Industry)),
        new DoubleDataFrameColumn("employment", Cells.Select(c => c.Employment)),
        new DoubleDataFrameColumn("establishments", Cells.Select(c => c.Establishments)),
        new DoubleDataFrameColumn("lq", Cells.Select(c => c.LocationQuotient)),
        new BooleanDataFrameColumn("strong", Cells.Select(c => c.Strong)));
}

/// <summary>
/// Economic complexity of regions and products (industries) from a binary matrix M. Regions with diversity 0 and
/// products with ubiquity 0 are left out (NaN ECI/PCI) and listed in <see cref="ExcludedRegions"/> and
/// <see cref="ExcludedProducts"/>.
/// </summary>
/// <param name="Method">How ECI/PCI were computed: <c>eigenvector</c> or <c>reflections</c>.</param>
/// <param name="Diversity">k_c0 = sum_p M_cp per region.</param>
/// <param name="Ubiquity">k_p0 = sum_c M_cp per product.</param>
/// <param name="Eci">ECI per region (z-score, mean 0, population sd 1, over the included regions).</param>
/// <param name="Pci">PCI per product (see <see cref="PciStandardisation"/>).</param>
/// <param name="SecondEigenvalue">Eigenvector method: the eigenvalue of the ECI eigenvector (the largest is 1); NaN for reflections.</param>
/// <param name="ThirdEigenvalue">Eigenvector method: the next eigenvalue (close to the second means a fragile ECI ranking); NaN for reflections or when fewer than three exist.</param>
/// <param name="ExcludedRegions">Regions with diversity 0.</param>
/// <param name="ExcludedProducts">Products with ubiquity 0.</param>
public sealed record ComplexityResult(string Method, IndexValues Diversity, IndexValues Ubiquity, IndexValues Eci, IndexValues Pci,
    double SecondEigenvalue, double ThirdEigenvalue, IReadOnlyList<string> ExcludedRegions, IReadOnlyList<string> ExcludedProducts)
{
    /// <summary>Regions with diversity 0.</summary>
    public IReadOnlyList<string> ExcludedRegions { get; init => field = ReadOnly.List(value); } = ReadOnly.List(ExcludedRegions);

    /// <summary>Products with ubiquity 0.</summary>
    public IReadOnlyList<string> ExcludedProducts { get; init => field = ReadOnly.List(value); } = ReadOnly.List(ExcludedProducts);
}

/// <summary>Product proximity phi_pp' = C_pp' / max(u_p, u_p'), symmetric, 1 on the diagonal of products with ubiquity &gt; 0.</summary>
public sealed class ProximityResult : IIndexResult
{
    private readonly double[] _values;

    internal ProximityResult(IReadOnlyList<string> products, double[] values)
    {
        Products = ReadOnly.List(products);
        _values = values;
    }

    /// <summary>Product labels, row and column order.</summary>
    public IReadOnlyList<string> Products { get; }

    /// <summary>phi between products a and b (0 .. 1; 0 when either has ubiquity 0).</summary>
    public double this[int a, int b] => _values[a * Products.Count + b];

    /// <summary>The proximity matrix (a copy).</summary>
    public double[,] ToArray()
    {
        int n = Products.Count;
        var a = new double[n, n];
        for (int i = 0; i < n; i++)
        {
            for (int j = 0; j < n; j++) a[i, j] = _values[i * n + j];
        }
        return a;
    }

    /// <summary>Long form: industry_a, industry_b (string), proximity (double), one row per ordered pair, diagonal included.</summary>
    public DataFrame ToDataFrame()
    {
        int n = Products.Count;
        var a = new StringDataFrameColumn("industry_a", n * n);
        var b = new StringDataFrameColumn("industry_b", n * n);
        var v = new DoubleDataFrameColumn("proximity", n * n);
        for (int k = 0; k < n * n; k++)
        {
            a[k] = Products[k / n];
            b[k] = Products[k % n];
            v[k] = _values[k];
        }
        return new DataFrame(a, b, v);
    }
}
