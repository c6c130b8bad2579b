using System.Globalization;
using System.Text;
using ClusterStats.Tests.Evidence;

namespace ClusterStats.Tests.Data;

/// <summary>
/// Generates data/regional-employment.csv: a synthetic region x industry x year panel of employment and
/// establishments for ten Chinese provinces and eight textile-related industries in 2018 and 2023. The numbers are
/// NOT statistics: they are drawn from a seeded generator so that anyone can reproduce them, with a hosiery
/// specialisation built into Zhejiang (Datang), Liaoning (Xiaobeihe) and Jilin (Liaoyuan) so that the indices have
/// something to find. The test below proves the committed file is exactly this generator's output.
/// </summary>
internal static class RegionalDatasetGenerator
{
    public static readonly string[] Regions = ["浙江", "江苏", "广东", "福建", "山东", "辽宁", "吉林", "河北", "河南", "四川"];
    private static readonly double[] RegionSize = [1.6, 1.5, 1.8, 1.0, 1.2, 0.6, 0.35, 0.8, 0.9, 0.7];
    public static readonly string[] Industries = ["hosiery", "knitwear", "apparel", "home-textiles", "chemical-fibres", "textile-machinery", "footwear", "electronics"];
    private static readonly double[] IndustryBase = [9_000, 30_000, 80_000, 25_000, 20_000, 8_000, 40_000, 150_000];
    private static readonly double[] IndustryGrowth = [0.92, 0.85, 0.80, 0.95, 1.10, 1.05, 0.82, 1.20];
    private static readonly double[] AverageFirmSize = [45, 90, 120, 80, 300, 150, 200, 400];

    /// <summary>(region, industry) pairs with a built-in specialisation factor.</summary>
    private static readonly Dictionary<(string, string), double> Specialisation = new()
    {
        [("浙江", "hosiery")] = 6.0, [("浙江", "chemical-fibres")] = 2.5, [("辽宁", "hosiery")] = 3.0,
        [("吉林", "hosiery")] = 3.5, [("福建", "footwear")] = 3.0, [("广东", "electronics")] = 2.2,
        [("江苏", "home-textiles")] = 2.0, [("河北", "hosiery")] = 1.5, [("山东", "home-textiles")] = 1.8,
    };

    public const ulong Seed = 20240725;

    public static string Generate()
    {
        var rng = new SplitMix64(Seed);
        var sb = new StringBuilder("region,industry,year,employment,establishments\n");
        for (int r = 0; r < Regions.Length; r++)
        {
            for (int i = 0; i < Industries.Length; i++)
            {
                double special = Specialisation.GetValueOrDefault((Regions[r], Industries[i]), 1.0);
                double e2018 = IndustryBase[i] * RegionSize[r] * special * (0.7 + 0.6 * rng.NextDouble());
                double e2023 = e2018 * IndustryGrowth[i] * (0.85 + 0.3 * rng.NextDouble());
                foreach (var (year, employment) in new[] { (2018, e2018), (2023, e2023) })
                {
                    long persons = (long)Math.Round(employment);
                    long firms = Math.Max(1, (long)Math.Round(employment / (AverageFirmSize[i] * (0.7 + 0.6 * rng.NextDouble()))));
                    sb.Append(CultureInfo.InvariantCulture, $"{Regions[r]},{Industries[i]},{year},{persons},{firms}\n");
                }
            }
        }
        return sb.ToString();
    }

    /// <summary>SplitMix64 (Steele, Lea and Flood 2014): a tiny, well-known seeded generator with a stable sequence.</summary>
    private sealed class SplitMix64(ulong seed)
    {
        private ulong _state = seed;

        public double NextDouble()
        {
            ulong z = _state += 0x9E3779B97F4A7C15UL;
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
            z ^= z >> 31;
            return (z >> 11) * (1.0 / (1UL << 53));
        }
    }
}

public class RegionalDatasetTests
{
    [Test]
    public void The_committed_regional_dataset_is_exactly_the_generators_output()
    {
        Repo.AssertCommittedIsGenerated("data/regional-employment.csv", RegionalDatasetGenerator.Generate());
    }

    [Test]
    public void The_regional_dataset_has_every_region_industry_and_year_once()
    {
        var lines = RegionalDatasetGenerator.Generate().TrimEnd('\n').Split('\n');
        Assert.That(lines, Has.Length.EqualTo(1 + 10 * 8 * 2));
        var keys = lines.Skip(1).Select(l => string.Join(',', l.Split(',').Take(3))).ToList();
        Assert.That(keys, Is.Unique);
    }
}
