namespace ClusterStats.Tests.Evidence;

/// <summary>Every conflict that data/source/cited-figures.md lists under "Conflicts to handle" is found in the reference data.</summary>
public class ConflictTests
{
    private static FigureSet Figures => ReferenceData.Load().Figures;

    private static ConflictGroup Find(IEnumerable<ConflictGroup> groups, string region, string indicator, params decimal[] values)
    {
        var matches = groups.Where(g => g.RegionId == region && g.Indicator.Name == indicator && values.All(v => g.Figures.Any(f => f.Quantity.Value == v))).ToList();
        Assert.That(matches, Has.Count.EqualTo(1), $"one conflict of {region} {indicator} with {string.Join(", ", values)}");
        return matches[0];
    }

    [Test]
    public void Xiaobeihe_seed_2_2_billion_pairs_conflicts_with_2_6_billion_in_2024_and_possibly_with_2_5_billion_of_2023()
    {
        var groups = Figures.Where("xiaobeihe").Conflicts();
        var g = Find(groups.Where(c => c.Kind == ConflictKind.Conflict), "xiaobeihe", "pairs_per_year", 2_200_000_000m, 2_600_000_000m);
        Assert.That(g.Figures.Select(f => (f.Quantity.Value, f.Year.From)), Is.EqualTo(new[] { (2_200_000_000m, (int?)2024), (2_600_000_000m, 2024), (2_600_000_000m, 2024) }));
        Assert.That(g.Figures.Single(f => f.Quantity.Value == 2_200_000_000m).Origin, Is.EqualTo(CitedFiguresConverter.SeedFile));
        Assert.That(g.Undated.Select(f => (f.Quantity.Value, f.Qualifier)), Is.EqualTo(new[] { (2_500_000_000m, Qualifier.AtLeast) }));
        Assert.That(g.RelativeSpread, Is.EqualTo((2_600_000_000m - 2_200_000_000m) / 2_600_000_000m));
        Assert.That(g.Figures.All(f => f.Source.Title.Length > 0));
        // 2.5 bn (2023, stated) against 2.2 bn (~2024): adjacent years, one approximate: a possible conflict, a pair.
        var possible = Find(groups.Where(c => c.Kind == ConflictKind.Possible), "xiaobeihe", "pairs_per_year", 2_200_000_000m, 2_500_000_000m);
        Assert.That(possible.Figures.Select(f => f.Year.ToString()), Is.EqualTo(new[] { "2023", "~2024" }));
        Assert.That(possible.Undated, Is.Empty);
        // 2.5 bn (~2021, ~2022, 2023) and 2.6 bn (~2024) are within 5 %: growth, not disagreement.
        Assert.That(groups.Where(c => c.Indicator == Indicator.PairsPerYear).SelectMany(c => c.Figures).Select(f => f.Year.From), Has.None.LessThan(2023));
        Assert.That(groups.Select(c => c.Kind), Is.Ordered, "conflicts first, possible conflicts apart after them");
    }

    [Test]
    public void Conflict_1_Datang_national_share_65_against_70_percent_is_possible_a_year_apart()
    {
        // 65% (Sanlian, 2020) against 70% (China Daily 2022, approximately 2021 data): one year apart, one approximate.
        var g = Find(Figures.Conflicts(), "datang", "national_share", 65m, 70m);
        Assert.That((g.Kind, g.Figures.Select(f => f.Year.ToString())), Is.EqualTo((ConflictKind.Possible, new[] { "2020", "~2021" })));
    }

    [Test]
    public void Conflict_2_Datang_pairs_27_against_25_billion_is_possible_two_years_apart_and_8_against_9_billion_is_a_trend()
    {
        // 27 bn (~2021) against 25 bn (2023): two years apart, one approximate: possible when two years count as adjacent.
        var possible = Find(Figures.Conflicts(new ConflictOptions { AdjacentYears = 2 }), "datang", "pairs_per_year", 27_000_000_000m, 25_000_000_000m);
        Assert.That(possible.Kind, Is.EqualTo(ConflictKind.Possible));
        // 9 bn (2004) and 8 bn (2008) are stated years: a change over time is never a disagreement, whatever the distance.
        Assert.That(Figures.Conflicts(new ConflictOptions { AdjacentYears = 4 }).Where(c => c.RegionId == "datang" && c.Figures.Any(f => f.Quantity.Value == 8_000_000_000m)), Is.Empty);
        // By default: "more than 20 billion" (2020) allows 27 billion (~2021): a bound is measured from its bound, so
        // the pair is no conflict.
        Assert.That(Figures.Conflicts().Where(c => c.RegionId == "datang" && c.Indicator == Indicator.PairsPerYear), Is.Empty);
    }

    [Test]
    public void Conflict_3_Datang_output_value_75_billion_whole_cluster_is_kept_apart_from_above_size_firms()
    {
        Assert.That(Figures.Conflicts().Where(c => c.RegionId == "datang" && c.Indicator == Indicator.OutputValue), Is.Empty, "different scopes and periods are not compared by default");
        // Two sources give 75 bn (~2021): each is paired with the 3.54 bn of Jan-Apr 2023.
        var pairs = Figures.Conflicts(new ConflictOptions { AcrossScopes = true, AdjacentYears = 2 })
            .Where(c => c.RegionId == "datang" && c.Indicator == Indicator.OutputValue && c.Figures.Any(f => f.Quantity.Value == 3_540_000_000m)).ToList();
        Assert.That(pairs.Select(g => (g.Kind, g.ScopesDiffer, g.Figures.Count)), Is.EqualTo(new[] { (ConflictKind.Possible, true, 2), (ConflictKind.Possible, true, 2) }));
        Assert.That(pairs.SelectMany(g => g.Figures).Select(f => (f.Scope, f.When)), Does.Contain(("above-designated-size firms", "2023-01/2023-04")).And.Contain(((string?)null, "~2021")));
    }

    [Test]
    public void Conflict_4_Castel_Goffredo_employees_7000_core_against_20000_in_25_municipalities()
    {
        // "More than 7,000" core employees allows the 20,000 of 25 municipalities: no disagreement, even across scopes.
        Assert.That(Figures.Conflicts(new ConflictOptions { AcrossScopes = true }).Where(c => c.RegionId == "castel-goffredo" && c.Indicator == Indicator.Employees), Is.Empty);
        // 5,310 (Cersi 2018) against more than 7,000 (2024) is a change over six stated years: never joined.
        Assert.That(Figures.Conflicts(new ConflictOptions { AcrossScopes = true, AdjacentYears = 6 }).SelectMany(c => c.Figures).Where(f => f.Quantity.Value == 5310m), Is.Empty);
    }

    [Test]
    public void Conflict_5_Japanese_national_totals_and_Nara_share()
    {
        var wide = Figures.Conflicts(new ConflictOptions { AcrossScopes = true, AdjacentYears = 3 });
        Assert.That(Find(wide, "japan", "pairs_per_year", 140_000_000m, 285_500_000m).Kind, Is.EqualTo(ConflictKind.Possible), "~2014 against 2017");
        var share = Find(Figures.Conflicts(new ConflictOptions { AcrossScopes = true }), "nara", "national_share", 35m, 63m);
        Assert.That(share.Figures.Select(f => f.Scope), Is.EquivalentTo(new[] { "incl. stockings", "socks only" }));
        Assert.That(Figures.Single(f => f.RegionId == "japan" && f.IsDerived).Quantity.Value, Is.EqualTo(88_300_000m), "the derived 2023 total is kept and flagged");
    }

    [Test]
    public void Conflict_6_Turkey_share_of_output_exported_75_in_2016_and_85_in_2019_are_a_change_not_a_disagreement()
    {
        // Both years are stated: the research notes call it a conflict, but figures of different stated years never are.
        Assert.That(Figures.Conflicts(new ConflictOptions { AdjacentYears = 3 }).Where(c => c.RegionId == "turkey"), Is.Empty);
    }

    [Test]
    public void Conflict_7_Dobong_share_40_against_about_59_percent()
    {
        var g = Find(Figures.Conflicts(), "dobong", "national_share", 40m, 59.4849m);
        Assert.That(g.Figures.Single(f => f.Quantity.Value == 59.4849m).IsDerived, Is.True);
    }

    [Test]
    public void Conflict_8_Yiwu_exports_700_million_for_2011_against_240_million_for_its_first_half_only_across_periods()
    {
        Assert.That(Figures.Conflicts().Where(c => c.RegionId == "yiwu" && c.Indicator == Indicator.ExportValue), Is.Empty, "688 m (2010) and 700 m (2011) are stated years; H1 2011 is another period");
        var half = Find(Figures.Conflicts(new ConflictOptions { AcrossScopes = true }), "yiwu", "export_value", 700_000_000m, 240_000_000m);
        Assert.That((half.Kind, half.ScopesDiffer), Is.EqualTo((ConflictKind.Conflict, true)));
    }

    [Test]
    public void Targets_are_never_compared_with_actuals()
    {
        Assert.That(Figures.Conflicts(new ConflictOptions { AdjacentYears = 10 }).SelectMany(g => g.Figures).Where(f => f.IsTarget && f.RegionId == "xiaobeihe"), Is.Empty);
    }
}
