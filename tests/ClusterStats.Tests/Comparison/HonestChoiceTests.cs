using System.Text;

namespace ClusterStats.Tests.Comparison;

using Comparison = ClusterStats.Comparison;

/// <summary>
/// A comparison states only what its figures decide: the order of a file never picks between disagreeing sources,
/// derived values never divide figures of different scopes, a bound is not ranked against values it does not order,
/// and money of different currencies is compared after conversion.
/// </summary>
public class HonestChoiceTests
{
    private static Source Src(string title) => new(title, null, "p", null, "q", Confidence.Low);

    private static Figure F(string region, Indicator indicator, Quantity q, string source = "S1", Qualifier qualifier = Qualifier.Exact, string? scope = null, int year = 2023) =>
        new(region, indicator, q, qualifier, false, scope, ReferenceYear.Exact(year), Src(source));

    private static ComparisonCell Cell(Comparison c, string region, string metric) => c.Rows.Single(r => r.RegionId == region)[metric];

    [Test]
    public void Tied_sources_that_disagree_give_the_midpoint_approximately_whatever_their_order()
    {
        Figure[] figures =
        [
            F("t1", Indicator.PairsPerYear, Quantity.Pairs(100_000_000m), "S1"),
            F("t1", Indicator.PairsPerYear, Quantity.Pairs(200_000_000m), "S2"),
            F("t1", Indicator.PairsPerYear, Quantity.Pairs(170_000_000m), "S3"),
            F("t1", Indicator.FirmCount, Quantity.Firms(10m)),
        ];
        var seen = new List<(decimal?, Qualifier, decimal?, decimal?, decimal?)>();
        foreach (var order in new[] { new[] { 0, 1, 2, 3 }, new[] { 1, 0, 2, 3 }, new[] { 2, 1, 0, 3 }, new[] { 3, 2, 0, 1 } })
        {
            var c = Comparison.Create(new FigureSet(order.Select(i => figures[i])), new ComparisonOptions("t1") { Peers = ["t1"], Year = 2023 });
            var pairs = Cell(c, "t1", "pairs_per_year");
            var perFirm = Cell(c, "t1", "pairs_per_firm");
            seen.Add((pairs.Point?.Value, pairs.Qualifier, pairs.Low, pairs.High, perFirm.Point?.Value));
            Assert.That(pairs.Notes, Has.Some.Contains("3 figures tie on every rule and disagree"));
            Assert.That(perFirm.Qualifier, Is.EqualTo(Qualifier.Approximately));
        }
        Assert.That(seen.Distinct(), Is.EqualTo(new[] { ((decimal?)150_000_000m, Qualifier.Approximately, (decimal?)100_000_000m, (decimal?)200_000_000m, (decimal?)15_000_000m) }));
    }

    [Test]
    public void A_rule_that_decides_still_decides_and_equal_ties_stay_exact()
    {
        var newer = new FigureSet([F("t1", Indicator.PairsPerYear, Quantity.Pairs(100m), "S1"),
            F("t1", Indicator.PairsPerYear, Quantity.Pairs(200m), "S2") with { Source = Src("S2") with { Confidence = Confidence.High } }]);
        var best = newer.BestEstimate()!;
        Assert.That((best.Chosen.Quantity.Value, best.Tied.Count, best.TiedValuesDiffer), Is.EqualTo((200m, 0, false)));

        var same = new FigureSet([F("t1", Indicator.PairsPerYear, Quantity.Pairs(100m), "S2"), F("t1", Indicator.PairsPerYear, Quantity.Pairs(100m), "S1")]);
        var b = same.BestEstimate()!;
        Assert.That((b.Chosen.Source.Title, b.Tied.Count, b.TiedValuesDiffer), Is.EqualTo(("S1", 2, false)));
        var c = Comparison.Create(same, new ComparisonOptions("t1") { Peers = ["t1"], Year = 2023 });
        Assert.That((Cell(c, "t1", "pairs_per_year").Point!.Value.Value, Cell(c, "t1", "pairs_per_year").Qualifier), Is.EqualTo((100m, Qualifier.Exact)));
    }

    [Test]
    public void The_best_estimate_says_no_figure_is_preferred_when_tied_values_differ()
    {
        var b = new FigureSet([F("t1", Indicator.PairsPerYear, Quantity.Pairs(2m), "B"), F("t1", Indicator.PairsPerYear, Quantity.Pairs(1m), "A")]).BestEstimate()!;
        Assert.That(b.TiedValuesDiffer, Is.True);
        Assert.That(b.Reason, Does.Contain("tie on every rule and disagree").And.Contain("none is preferred"));
        var swapped = new FigureSet([F("t1", Indicator.PairsPerYear, Quantity.Pairs(1m), "A"), F("t1", Indicator.PairsPerYear, Quantity.Pairs(2m), "B")]).BestEstimate()!;
        Assert.That((swapped.Chosen, swapped.Reason), Is.EqualTo((b.Chosen, b.Reason)));
    }

    [Test]
    public void A_derived_value_of_inputs_of_different_scopes_is_refused_with_both_named()
    {
        var set = new FigureSet(
        [
            F("t1", Indicator.PairsPerYear, Quantity.Pairs(1_000_000m), scope: "cotton socks only"),
            F("t1", Indicator.OutputValue, Quantity.Money(3_000_000m, Currency.CNY)),
            F("t1", Indicator.FirmCount, Quantity.Firms(10m), scope: "above-designated-size firms"),
            F("t2", Indicator.PairsPerYear, Quantity.Pairs(600m), scope: "s"),
            F("t2", Indicator.FirmCount, Quantity.Firms(3m), scope: "s"),
            F("t2", Indicator.OutputValue, Quantity.Money(900m, Currency.CNY)),
        ]);
        var c = Comparison.Create(set, new ComparisonOptions("t1") { Peers = ["t1", "t2"], Year = 2023 });
        var perPair = Cell(c, "t1", "output_value_per_pair");
        Assert.That(perPair.Point, Is.Null);
        Assert.That(perPair.Notes, Has.Some.EqualTo("inputs of different scopes: output_value plain meaning, pairs_per_year cotton socks only"));
        Assert.That(Cell(c, "t1", "pairs_per_firm").Notes, Has.Some.EqualTo("inputs of different scopes: pairs_per_year cotton socks only, firm_count above-designated-size firms"));
        // Inputs of one scope still divide.
        Assert.That(Cell(c, "t2", "pairs_per_firm").Point!.Value.Value, Is.EqualTo(200m));
        Assert.That(Cell(c, "t1", "output_value_per_firm").Point, Is.Null);
    }

    [Test]
    public void A_bound_is_ranked_only_against_values_it_orders()
    {
        var set = new FigureSet(
        [
            F("a", Indicator.PairsPerYear, Quantity.Pairs(1_000_000m), qualifier: Qualifier.AtLeast),
            F("b", Indicator.PairsPerYear, Quantity.Pairs(2_500_000m), qualifier: Qualifier.Approximately),
            F("c", Indicator.PairsPerYear, Quantity.Pairs(500_000m)),
            F("d", Indicator.PairsPerYear, Quantity.Pairs(400_000m), qualifier: Qualifier.AtMost),
        ]);
        var c = Comparison.Create(set, new ComparisonOptions("a") { Peers = ["a", "b", "c", "d"], Year = 2023 });
        Assert.That(c.Rows.Select(r => (r.RegionId, r["pairs_per_year"].Rank)),
            Is.EquivalentTo(new[] { ("a", (int?)null), ("b", null), ("c", (int?)3), ("d", (int?)4) }));
        Assert.That(Cell(c, "a", "pairs_per_year").Notes, Has.Some.EqualTo("not ranked: a bound (at-least), its order against b is undecided"));
        Assert.That(Cell(c, "b", "pairs_per_year").Notes, Has.Some.EqualTo("not ranked: its order against a is undecided"));
    }

    [Test]
    public void A_ratio_of_an_upper_bound_to_a_lower_bound_is_an_upper_bound()
    {
        var set = new FigureSet(
        [
            F("f", Indicator.PairsPerYear, Quantity.Pairs(300_000m), qualifier: Qualifier.AtLeast),
            F("p", Indicator.PairsPerYear, Quantity.Pairs(1_000_000m), qualifier: Qualifier.AtMost),
        ]);
        var p = Cell(Comparison.Create(set, new ComparisonOptions("f") { Peers = ["f", "p"], Year = 2023 }), "p", "pairs_per_year");
        Assert.That((p.RatioToFocalQualifier, p.Rank), Is.EqualTo((Qualifier.AtMost, (int?)null)));
    }

    [TestCase(100, Qualifier.AtMost, null, 150, 0.333)]
    [TestCase(100, Qualifier.AtMost, null, 50, 0)]
    [TestCase(200, Qualifier.AtLeast, null, 100, 0.5)]
    [TestCase(200, Qualifier.AtLeast, null, 300, 0)]
    [TestCase(100, Qualifier.Range, 200, 300, 0.333)]
    [TestCase(100, Qualifier.Range, 200, 150, 0)]
    [TestCase(100, Qualifier.Range, 200, 90, 0.1)]
    [TestCase(100, Qualifier.Exact, null, 300, 0.667)]
    public void A_conflict_is_measured_between_the_nearest_bounds(int value, Qualifier q, int? high, int other, double spread)
    {
        var set = new FigureSet(
        [
            F("t", Indicator.PairsPerYear, Quantity.Pairs(value), "S1", q) with { ValueHigh = high },
            F("t", Indicator.PairsPerYear, Quantity.Pairs(other), "S2"),
        ]);
        var groups = set.Conflicts();
        if (spread == 0) Assert.That(groups, Is.Empty);
        else Assert.That(decimal.Round(groups.Single().RelativeSpread, 3), Is.EqualTo((decimal)spread));
    }

    [Test]
    public void Money_of_different_currencies_is_a_conflict_when_rates_exist()
    {
        var rates = ReferenceData.Load().ExchangeRates;
        var set = new FigureSet(
        [
            F("t", Indicator.OutputValue, Quantity.Money(100_000_000m, Currency.CNY), "S1"),
            F("t", Indicator.OutputValue, Quantity.Money(100_000_000m, Currency.USD), "S2"),
            F("t", Indicator.ExportValue, Quantity.Money(708_090_000m, Currency.CNY), "S1"),
            F("t", Indicator.ExportValue, Quantity.Money(100_000_000m, Currency.USD), "S2"),
        ]);
        var g = set.Conflicts(new ConflictOptions { Rates = rates }).Single();
        Assert.That((g.Indicator, g.CurrenciesDiffer), Is.EqualTo((Indicator.OutputValue, true)));
        Assert.That(g.RelativeSpread, Is.EqualTo(1m - 1m / 7.0809m).Within(0.0000001m));
        Assert.That(g.Extremes.Highest.Quantity.Unit.Code, Is.EqualTo("USD"));
        // Without rates the currencies are not compared; without a rate of the year neither.
        Assert.That(set.Conflicts(), Is.Empty);
        Assert.That(new FigureSet(set.Select(f => f with { Year = ReferenceYear.Exact(1950) })).Conflicts(new ConflictOptions { Rates = rates }), Is.Empty);
    }
}

/// <summary>Figures whose value is impossible for their unit or indicator are refused where they enter, with file, line, column, text and what was expected.</summary>
public class FigureDomainTests
{
    private const string Header = "cluster,indicator,value,unit,source_title,confidence,year,qualifier,value_high";

    [TestCase("pairs_per_year,-5,pairs", "-5", "a count of pairs: 0 or more")]
    [TestCase("export_volume,-0.5,pairs", "-0.5", "a count of pairs: 0 or more")]
    [TestCase("national_share,150,percent", "150", "a share: 0 to 100 percent")]
    [TestCase("world_export_share,-1,percent", "-1", "a share: 0 to 100 percent")]
    [TestCase("firm_count,2.5,firms", "2.5", "a whole number of firms, 0 or more")]
    [TestCase("employees,-3,persons", "-3", "a whole number of persons, 0 or more")]
    [TestCase("knitting_machines,0.5,machines", "0.5", "a whole number of machines, 0 or more")]
    [TestCase("rank,0,rank", "0", "a rank: a whole number, 1 or more")]
    [TestCase("rank,2.5,rank", "2.5", "a rank: a whole number, 1 or more")]
    [TestCase("founding_year,1907.5,year", "1907.5", "a calendar year: a whole number")]
    public void An_impossible_value_is_an_input_error(string cells, string found, string expected)
    {
        var ex = Assert.Throws<InputException>(() => FigureCsv.Read(Encoding.UTF8.GetBytes(Header + "\nt1," + cells + ",S,low,2020,,\n"), "odd.csv"));
        var e = ex!.Errors.Single();
        Assert.That((e.File, e.Line, e.Column, e.Found), Is.EqualTo(("odd.csv", 2L, "value", found)));
        Assert.That(e.Expected, Does.StartWith(expected));
    }

    [Test]
    public void The_high_bound_of_a_range_is_checked_too()
    {
        var ex = Assert.Throws<InputException>(() => FigureCsv.Read(Encoding.UTF8.GetBytes(Header + "\nt1,national_share,50,percent,S,low,2020,range,120\n"), "odd.csv"));
        Assert.That((ex!.Errors.Single().Column, ex.Errors.Single().Found), Is.EqualTo(("value_high", "120")));
    }

    [TestCase("pairs_per_year,0,pairs")]
    [TestCase("pairs_per_year,2500000.5,pairs")]
    [TestCase("firm_count,0,firms")]
    [TestCase("national_share,100,percent")]
    [TestCase("national_share,0,percent")]
    [TestCase("growth_rate,-12.5,percent")]
    [TestCase("trade_balance,-5000,USD")]
    [TestCase("rank,1,rank")]
    [TestCase("founding_year,1907,year")]
    [TestCase("years_of_operation,2.5,years")]
    public void A_possible_value_still_reads(string cells) =>
        Assert.That(FigureCsv.Read(Encoding.UTF8.GetBytes(Header + "\nt1," + cells + ",S,low,2020,,\n"), "ok.csv").Count, Is.EqualTo(1));

    [Test]
    public void A_figure_made_in_code_is_checked_as_well()
    {
        var src = new Source("S", null, "p", null, "q", Confidence.Low);
        Assert.Throws<ArgumentException>(() => _ = new Figure("t", Indicator.FirmCount, Quantity.Firms(-1m), Qualifier.Exact, false, null, ReferenceYear.Exact(2020), src));
        var share = new Figure("t", new Indicator("national_share"), Quantity.Percent(40m), Qualifier.Range, false, null, ReferenceYear.Exact(2020), src);
        Assert.Throws<ArgumentException>(() => _ = share with { ValueHigh = 101m });
        Assert.That((share with { ValueHigh = 60m }).ValueHigh, Is.EqualTo(60m));
    }

    [Test]
    public void The_reference_dataset_is_within_the_domain() =>
        Assert.That(ReferenceData.Load().Figures.Where(f => f.Quantity.Value < 0 && f.Quantity.Unit.IsCount), Is.Empty);
}
