using ClusterStats.Plotting;

namespace ClusterStats.Tests.Readme;

/// <summary>The README's quick start, line for line (the notebook's #r line aside), with its promises checked.</summary>
public class QuickStartTests
{
    [Test]
    public void Readme_quick_start_runs_and_shows_what_it_says()
    {
        var png = Path.Combine(Path.GetTempPath(), $"pairs-{Guid.NewGuid():N}.png");
        var data = ReferenceData.Load();
        var pairs = data.Figures.Where(regionId: "xiaobeihe", indicator: Indicator.PairsPerYear);
        var conflicts = pairs.Conflicts();
        var figure = QualifiedQuantity.Parse("2万多人");
        var comparison = ClusterStats.Comparison.Create(data.Figures, new ComparisonOptions("xiaobeihe")
        {
            Regions = data.Regions, Rates = data.ExchangeRates,
            Currency = Currency.USD, RatePolicy = MissingRatePolicy.NearestYear,
        });
        Charts.Comparison(comparison, "pairs_per_year").Save(png);

        var conflict = conflicts.Single(c => c.Kind == ConflictKind.Conflict).Figures.Select(f => (f.Quantity.Value, f.Year.ToString())).ToList();
        Assert.That(conflict, Does.Contain((2_200_000_000m, "~2024")).And.Contain((2_600_000_000m, "~2024")));
        var possible = conflicts.Single(c => c.Kind == ConflictKind.Possible).Figures.Select(f => (f.Quantity.Value, f.Year.ToString()));
        Assert.That(possible, Is.EqualTo(new[] { (2_500_000_000m, "2023"), (2_200_000_000m, "~2024") }));
        Assert.That((figure.Value, figure.Unit, figure.Qualifier), Is.EqualTo((20_000m, Unit.Persons, Qualifier.AtLeast)));
        Assert.That(comparison.Rows.Select(r => r.RegionId), Does.Contain("datang").And.Contain("nara"));
        Assert.That(new FileInfo(png).Length, Is.GreaterThan(10_000));
        File.Delete(png);
    }
}
