using BenchmarkDotNet.Attributes;
using ClusterStats.Indices;

namespace ClusterStats.Benchmarks;

/// <summary>
/// Regional indices on seeded random matrices: LQ + HHI + Krugman on 3,000 regions x 500 industries, and the
/// eigenvector ECI (RCA &gt;= 1) on 3,000 x 1,000. The ECI data have a latent nested structure (region capability vs
/// product requirement) plus noise, so that the second eigenvalue stands apart as in real data; the purely uniform
/// matrix is measured too (its spectrum has no gap, the hardest case for the iteration).
/// </summary>
[MemoryDiagnoser]
public class IndexBenchmarks
{
    private RegionIndustryMatrix _lqMatrix = null!;
    private double[] _lqValues = [];
    private RegionIndustryMatrix _nested = null!;
    private RegionIndustryMatrix _uniform = null!;

    [GlobalSetup]
    public void Setup()
    {
        _lqMatrix = Random(3000, 500, seed: 1, nested: false);
        _lqValues = _lqMatrix.ToArray();
        _nested = Random(3000, 1000, seed: 2, nested: true);
        _uniform = Random(3000, 1000, seed: 3, nested: false);
    }

    internal static RegionIndustryMatrix Random(int regions, int industries, int seed, bool nested)
    {
        var rng = new Random(seed);
        var capability = Enumerable.Range(0, regions).Select(_ => rng.NextDouble()).ToArray();
        var requirement = Enumerable.Range(0, industries).Select(_ => rng.NextDouble()).ToArray();
        var values = new double[regions * industries];
        for (int r = 0; r < regions; r++)
        {
            for (int i = 0; i < industries; i++)
            {
                var noise = rng.NextDouble() * 1000;
                values[r * industries + i] = nested && capability[r] < requirement[i] ? noise * 0.05 : noise;
            }
        }
        return new RegionIndustryMatrix(
            Enumerable.Range(0, regions).Select(r => $"r{r}").ToArray(),
            Enumerable.Range(0, industries).Select(i => $"i{i}").ToArray(),
            values);
    }

    /// <summary>The three indices on a new matrix each time: a matrix keeps the totals its first index computed, and
    /// reusing one would leave them out of the measurement (the copy of the values into the new matrix is measured).</summary>
    [Benchmark(Description = "LQ + HHI + Krugman, 3000 x 500 (new matrix)")]
    public double LqHhiKrugman()
    {
        var m = new RegionIndustryMatrix(_lqMatrix.Regions, _lqMatrix.Industries, _lqValues);
        var lq = m.LocationQuotient();
        var hhi = m.Herfindahl();
        var k = m.Krugman();
        return lq[0, 0] + hhi.Values[0] + k.Values[0];
    }

    [Benchmark(Description = "ECI eigenvector, 3000 x 1000, nested")]
    public double EciNested() => _nested.Complexity().Eci.Values[0];

    [Benchmark(Description = "ECI eigenvector, 3000 x 1000, uniform")]
    public double EciUniform() => _uniform.Complexity().Eci.Values[0];
}
