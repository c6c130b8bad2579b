namespace ClusterStats.Tests.Evidence;

public class FigureSetTests
{
    private static FigureSet Xiaobeihe => ReferenceData.Load().Figures.Where("xiaobeihe");

    [Test]
    public void The_best_estimate_prefers_a_figure_nobody_doubts_even_an_older_one()
    {
        var source = new Source("s", null, "p", null, "q", Confidence.High);
        var newer = new Figure("fort-payne", Indicator.PairsPerYear, Quantity.Pairs(7_200_000_000m), Qualifier.Exact, false, null, ReferenceYear.Exact(2000), source) { Status = FigureStatus.Suspicious };
        var older = newer with { Quantity = Quantity.Pairs(1_000_000_000m), Year = ReferenceYear.Exact(1998), Status = FigureStatus.Ok };
        var best = new FigureSet([newer, older]).BestEstimate()!;
        Assert.That(best.Chosen, Is.EqualTo(older));
        Assert.That(best.Reason, Does.EndWith("a figure nobody doubts is preferred to a suspicious or superseded one"));
        Assert.That(new FigureSet([newer]).BestEstimate()!.Chosen, Is.EqualTo(newer), "alone, it is still the only figure");
    }

    [Test]
    public void Queries_filter_by_cluster_indicator_year_range_and_confidence()
    {
        var all = ReferenceData.Load().Figures;
        var pairs = all.Where("xiaobeihe", Indicator.PairsPerYear);
        Assert.That(pairs.Select(f => f.Quantity.Value).Distinct(), Is.EquivalentTo(new[] { 2_200_000_000m, 2_500_000_000m, 2_600_000_000m, 4_000_000_000m }));
        Assert.That(all.Where("xiaobeihe", Indicator.PairsPerYear, 2024, 2024).Select(f => f.Quantity.Value), Is.EquivalentTo(new[] { 2_600_000_000m, 2_600_000_000m, 2_200_000_000m }));
        Assert.That(all.Where("xiaobeihe", Indicator.PairsPerYear, minConfidence: Confidence.High).All(f => f.Source.Confidence == Confidence.High), Is.True);
        Assert.That(all.Where("xiaobeihe", Indicator.PairsPerYear, minConfidence: Confidence.High), Has.Count.EqualTo(2));
        var turkey = all.Where("turkey", Indicator.ExportValue, 2022, 2022);
        Assert.That(turkey.Select(f => f.Quantity.Value), Is.EquivalentTo(new[] { 6_100_000_000m, 639_400_000m }), "a 2020-2024 range overlaps 2022");
    }

    [Test]
    public void The_default_best_estimate_prefers_actuals_then_the_newest_year_then_confidence_and_says_why()
    {
        var best = Xiaobeihe.Where(indicator: Indicator.PairsPerYear).BestEstimate()!;
        // Xinhua 2025-06-22 (high): 2.6 bn pairs, reference year 2024 (approximate); the 4 bn target for 2025 is not an actual.
        Assert.That(best.Chosen.Quantity, Is.EqualTo(Quantity.Pairs(2_600_000_000m)));
        Assert.That(best.Chosen.Source.Confidence, Is.EqualTo(Confidence.High));
        Assert.That(best.Reason, Does.Contain("the highest confidence is preferred").And.Contain("among 8 figures"));
        Assert.That(best.Considered, Has.Count.EqualTo(8));
        var target = Xiaobeihe.Where(f => f.IsTarget && f.Indicator == Indicator.PairsPerYear).BestEstimate()!;
        Assert.That(target.Reason, Does.Contain("is the only figure"));
    }

    private sealed class LowestValuePolicy : IBestEstimatePolicy
    {
        public BestEstimate Choose(IReadOnlyList<Figure> figures) =>
            new(figures.MinBy(f => f.Quantity.Value)!, "the most cautious figure", figures);
    }

    [Test]
    public void The_policy_can_be_replaced()
    {
        var best = Xiaobeihe.Where(indicator: Indicator.PairsPerYear).BestEstimate(new LowestValuePolicy())!;
        Assert.That((best.Chosen.Quantity.Value, best.Reason), Is.EqualTo((2_200_000_000m, "the most cautious figure")));
    }

    [Test]
    public void The_range_spans_the_sources_and_keeps_one_sided_bounds_one_sided()
    {
        var actual = Xiaobeihe.Where(f => f.Indicator == Indicator.PairsPerYear && !f.IsTarget).Range()!;
        Assert.That((actual.Min, actual.Max), Is.EqualTo(((decimal?)2_200_000_000m, (decimal?)2_600_000_000m)));
        Assert.That(actual.ToString(), Is.EqualTo("2.2–2.6 billion pairs"));
        var lowerBoundsOnly = Xiaobeihe.Where(f => f.Indicator == Indicator.Employees && f.Qualifier == Qualifier.AtLeast).Range()!;
        Assert.That((lowerBoundsOnly.Min, lowerBoundsOnly.Max), Is.EqualTo(((decimal?)20000m, (decimal?)null)));
        Assert.That(lowerBoundsOnly.ToString(), Does.StartWith("at least 20,000 persons"));
        // Employees: more than 20,000 (three sources) and 22,000 (undated): the highest value is stated, so the range is closed.
        var employees = Xiaobeihe.Where(indicator: Indicator.Employees).Range()!;
        Assert.That((employees.Min, employees.Max), Is.EqualTo(((decimal?)20000m, (decimal?)22000m)));
        Assert.Throws<UnitMismatchException>(() => Xiaobeihe.Range());
    }

    [TestCase("", null, null, false)]
    [TestCase("2024", 2024, 2024, false)]
    [TestCase("~2024", 2024, 2024, true)]
    [TestCase("2020-2024", 2020, 2024, false)]
    public void Reference_years_read_and_write_their_text_form(string text, int? from, int? to, bool approx)
    {
        Assert.That(ReferenceYear.TryParse(text, out var y), Is.True);
        Assert.That((y.From, y.To, y.IsApproximate, y.ToString()), Is.EqualTo((from, to, approx, text)));
    }

    [TestCase("24")]
    [TestCase("2024-2020")]
    [TestCase("2024年")]
    public void Reference_years_reject_other_text(string text) => Assert.That(ReferenceYear.TryParse(text, out _), Is.False);
}
