namespace ClusterStats.Tests.Comparison;

using Comparison = ClusterStats.Comparison;

/// <summary>
/// Values are ranked only against values of the same scope as the focal cluster's: a count of above-designated-size
/// firms of all industries, or a district's turnover over 25 municipalities, is shown with its scope but not ranked
/// against a town's own figures; derived values take the scopes of both inputs.
/// </summary>
public class ScopeRankingTests
{
    private static readonly Source Doc = new("t", null, "p", "2024-01-01", "q", Confidence.Medium);

    private static Figure F(string region, Indicator indicator, Quantity q, string? scope = null) =>
        new(region, indicator, q, Qualifier.Exact, false, scope, ReferenceYear.Exact(2023), Doc);

    private static readonly FigureSet Figures = new(
    [
        F("town", Indicator.FirmCount, Quantity.Firms(226m)),
        F("town", Indicator.PairsPerYear, Quantity.Pairs(2_200_000_000m)),
        F("big", Indicator.FirmCount, Quantity.Firms(1_000m), "above designated size; all industries"),
        F("big", Indicator.PairsPerYear, Quantity.Pairs(20_000_000_000m)),
        F("small", Indicator.FirmCount, Quantity.Firms(50m)),
        F("small", Indicator.PairsPerYear, Quantity.Pairs(100_000_000m)),
    ]);

    private static Comparison Compare(string focal = "town") =>
        Comparison.Create(Figures, new ComparisonOptions(focal) { Peers = ["town", "big", "small"], Year = 2023 });

    [Test]
    public void A_value_of_another_scope_is_shown_with_a_note_but_not_ranked()
    {
        var c = Compare();
        var big = c.Rows.Single(r => r.RegionId == "big")["firm_count"];
        Assert.That(big.Point!.Value.Value, Is.EqualTo(1_000m));
        Assert.That(big.Rank, Is.Null);
        Assert.That(big.Notes, Has.Some.EqualTo("not ranked: its scope is above designated size; all industries, the others' the plain meaning"));
        // Without it, the town ranks first of two, not second of three.
        Assert.That(c.Rows.Select(r => (r.RegionId, r["firm_count"].Rank)), Is.EquivalentTo(new[] { ("town", (int?)1), ("big", null), ("small", (int?)2) }));
        // A plain figure of the same cluster is ranked as ever.
        Assert.That(c.Rows.Single(r => r.RegionId == "big")["pairs_per_year"].Rank, Is.EqualTo(1));
    }

    [Test]
    public void A_derived_value_of_inputs_of_different_scopes_is_not_computed()
    {
        var perFirm = Compare().Rows.Single(r => r.RegionId == "big")["pairs_per_firm"];
        Assert.That(perFirm.Point, Is.Null);
        Assert.That(perFirm.Notes, Has.Some.EqualTo("inputs of different scopes: pairs_per_year plain meaning, firm_count above designated size; all industries"));
        Assert.That(perFirm.Rank, Is.Null);
    }

    [Test]
    public void A_focal_value_of_a_scope_is_ranked_among_values_of_that_scope()
    {
        var c = Compare("big");
        Assert.That(c.Rows.Select(r => (r.RegionId, r["firm_count"].Rank)), Is.EquivalentTo(new[] { ("big", (int?)1), ("town", null), ("small", null) }));
        Assert.That(c.Rows.Single(r => r.RegionId == "town")["firm_count"].Notes,
            Has.Some.EqualTo("not ranked: its scope is the plain meaning, the others' above designated size; all industries"));
    }
}
