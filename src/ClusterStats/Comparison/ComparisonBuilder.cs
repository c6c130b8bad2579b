using System.Globalization;
using ClusterStats.Internal;

namespace ClusterStats;

/// <summary>Builds a <see cref="Comparison"/>: chooses peers and years, evaluates cells, then ranks, ratios and shares.</summary>
internal sealed class ComparisonBuilder
{
    private readonly FigureSet _figures;
    private readonly ComparisonOptions _o;
    private readonly CurrencyConverter? _converter;
    private readonly Currency? _currency;
    private readonly IBestEstimatePolicy _policy;
    private readonly Dictionary<string, Region> _regions;
    private readonly SourceNotes _sources = new();
    private readonly int? _year;
    private readonly string? _yearReason;

    public ComparisonBuilder(FigureSet figures, ComparisonOptions options)
    {
        _figures = figures;
        _o = options;
        _converter = options.Rates is null ? null : new CurrencyConverter(options.Rates, options.RatePolicy);
        _policy = options.Policy ?? DefaultBestEstimatePolicy.Instance;
        _regions = (options.Regions ?? []).GroupBy(r => r.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        RequireKnown(options.Focal);
        if (options.MaxAge < 0) ThrowHelper.Argument(nameof(options), "MaxAge must be 0 or more.");
        if (options.LatestOfEach && options.Year is not null) ThrowHelper.Argument(nameof(options), "Year and LatestOfEach exclude each other: one year for all, or the latest year of each.");
        if (!options.LatestOfEach) _year = options.Year ?? DefaultYear(out _yearReason);
        _currency = options.Currency ?? figures
            .Where(f => string.Equals(f.RegionId, options.Focal, StringComparison.Ordinal) && (options.IncludeTargets || !f.IsTarget))
            .Select(f => f.Quantity.Unit.MoneyCurrency).FirstOrDefault(c => c is not null)
            ?? (_regions.TryGetValue(options.Focal, out var focalRegion) ? focalRegion.Currency : null);
    }

    private IEnumerable<Indicator> NeededIndicators =>
        _o.Indicators.Concat(_o.Derived.SelectMany(d => new[] { d.Numerator, d.Denominator })).Distinct();

    public Comparison Build()
    {
        var ids = new List<string> { _o.Focal };
        ids.AddRange(Peers().Where(p => !string.Equals(p, _o.Focal, StringComparison.Ordinal)).Distinct(StringComparer.Ordinal));
        var metrics = _o.Indicators.Select(i => i.Name).Concat(_o.Derived.Select(d => d.Name)).ToArray();

        var rows = new List<(string Id, ReferenceYear? Year, List<ComparisonCell> Cells, List<Evaluated> Base)>();
        foreach (var id in ids)
        {
            var year = _year is int y ? ReferenceYear.Exact(y) : LatestYear(id);
            var cells = new List<ComparisonCell>();
            var evaluated = new Dictionary<Indicator, Evaluated>();
            Evaluated Get(Indicator i) => evaluated.TryGetValue(i, out var e) ? e : evaluated[i] = year is not ReferenceYear ry ? Evaluated.Empty(["no dated figure for this cluster"])
                : _year is null ? EvaluateLatestAware(id, i, ry) : EvaluateForYear(id, i, ry);
            foreach (var ind in _o.Indicators) cells.Add(Get(ind).ToCell(ind.Name, _sources));
            foreach (var d in _o.Derived) cells.Add(Derive(d, Get(d.Numerator), Get(d.Denominator)));
            rows.Add((id, year, cells, _o.Indicators.Select(Get).ToList()));
        }

        // Shares of a reference total, for counts and money of the indicators.
        foreach (var row in rows)
        {
            for (int i = 0; i < _o.Indicators.Count; i++)
            {
                var cell = row.Cells[i];
                if (cell.Point is not Quantity q || !(q.Unit.IsCount || q.Unit.IsMoney)) continue;
                var ry = cell.Inputs[0].Year;
                foreach (var refId in ReferenceRegions(row.Id))
                {
                    var total = Evaluate(refId, _o.Indicators[i], ry);
                    // A total derived from a cluster's own share would make the share circular: only stated totals count.
                    if (total.Point is not Quantity t || t.Unit != q.Unit || t.Value <= 0 || total.Inputs[0].IsDerived) continue;
                    if (cell.Inputs[0].Period != total.Inputs[0].Period)
                    {
                        row.Cells[i] = cell with { Notes = cell.Notes.Append($"no share of the {refId} total: {FigureFormat.ForPeople(q)} is for {cell.Inputs[0].When}, the total {FigureFormat.ForPeople(t)} for {total.Inputs[0].When}").ToArray() };
                        break;
                    }
                    var refCell = total.ToCell(_o.Indicators[i].Name, _sources);
                    row.Cells[i] = cell with
                    {
                        SharePercent = q.Value / t.Value * 100m,
                        ShareQualifier = QualifierArithmetic.Divide(cell.Qualifier, total.Qualifier, positive: q.Value > 0),
                        ShareOf = $"{refId} {total.Year}",
                        Sources = cell.Sources.Concat(refCell.Sources).Distinct().ToArray(),
                        Notes = cell.Notes.Append($"share of the {refId} total {FigureFormat.ForPeople(t)} ({total.Year})").Concat(refCell.Notes).Distinct(StringComparer.Ordinal).ToArray(),
                    };
                    break;
                }
            }
        }

        // With the latest year of each: values more than StaleYears older than the focal cluster's year are flagged and not ranked.
        if (_year is null && rows[0].Year is ReferenceYear focalYear)
        {
            foreach (var row in rows)
            {
                for (int m = 0; m < metrics.Length; m++)
                {
                    var cell = row.Cells[m];
                    if (cell.Point is null || cell.Inputs.Count == 0) continue;
                    int age = focalYear.To!.Value - cell.Inputs.Min(f => f.Year.To!.Value);
                    if (age > ComparisonOptions.StaleYears)
                        row.Cells[m] = cell with { Age = age, Notes = cell.Notes.Append(string.Create(CultureInfo.InvariantCulture, $"not ranked: {age} years older than {_o.Focal}'s {focalYear} (more than {ComparisonOptions.StaleYears})")).ToArray() };
                }
            }
        }

        // Ranks and ratios to the focal cluster, metric by metric, among values of one unit and one period.
        for (int m = 0; m < metrics.Length; m++)
        {
            var focalCell = rows[0].Cells[m];
            var focalPoint = focalCell.Age is null ? focalCell.Point : null;
            var period = focalPoint is null ? null : PeriodOf(focalCell);
            var scope = focalPoint is null ? null : ScopeOf(focalCell);
            bool Ranked(ComparisonCell c) => c.Point is not null && !(c.Age > ComparisonOptions.StaleYears && _year is null) && PeriodOf(c) == period
                && string.Equals(ScopeOf(c), scope, StringComparison.Ordinal);
            var unit = focalPoint?.Unit ?? rows.Select(r => r.Cells[m]).Where(Ranked).Select(c => c.Point!.Value.Unit)
                .GroupBy(u => u.Code, StringComparer.Ordinal).OrderByDescending(g => g.Count()).Select(g => g.First()).FirstOrDefault();
            var values = rows.Select(r => (r.Id, Cell: r.Cells[m])).Where(x => Ranked(x.Cell) && x.Cell.Point!.Value.Unit == unit)
                .Select(x => (x.Id, Bounds: RankBounds(x.Cell))).ToArray();
            foreach (var row in rows)
            {
                var cell = row.Cells[m];
                if (cell.Point is not Quantity q) continue;
                if (cell.Age > ComparisonOptions.StaleYears && _year is null)
                {
                    row.Cells[m] = cell with { NotRanked = NotRankedReason.Older };
                    continue;
                }
                if (PeriodOf(cell) != period)
                {
                    row.Cells[m] = cell with { NotRanked = NotRankedReason.Period, Notes = cell.Notes.Append($"not ranked: it covers {cell.Year}, the others {(period is ReferencePeriod p ? p.ToString() : "whole years")}").ToArray() };
                    continue;
                }
                if (!string.Equals(ScopeOf(cell), scope, StringComparison.Ordinal))
                {
                    // A count of above-designated-size firms of all industries is not ranked against a town's sock firms.
                    row.Cells[m] = cell with { NotRanked = NotRankedReason.Scope, Notes = cell.Notes.Append($"not ranked: its scope is {ScopeOf(cell) ?? "the plain meaning"}, the others' {scope ?? "the plain meaning"}").ToArray() };
                    continue;
                }
                if (q.Unit != unit)
                {
                    row.Cells[m] = cell with { NotRanked = NotRankedReason.Unit, Notes = cell.Notes.Append($"not ranked: its unit {q.Unit.Code} differs from {unit?.Code}").ToArray() };
                    continue;
                }
                // A rank is stated only when every other value is surely above, or surely not above, this one: a
                // one-sided bound (more than 1 million) leaves its order against values inside its open side undecided.
                var own = RankBounds(cell);
                var others = values.Where(v => !string.Equals(v.Id, row.Id, StringComparison.Ordinal)).ToArray();
                var undecided = others.Where(v => !(v.Bounds.Low > own.High) && !(v.Bounds.High <= own.Low)).Select(v => v.Id).ToArray();
                int? rank = undecided.Length > 0 ? null : 1 + others.Count(v => v.Bounds.Low > own.High);
                if (rank is null)
                    cell = cell with { NotRanked = NotRankedReason.Undecided, Notes = cell.Notes.Append($"not ranked: {(cell.Qualifier is Qualifier.AtLeast or Qualifier.AtMost or Qualifier.Nearly ? $"a bound ({cell.Qualifier.ToCode()}), its" : "its")} order against {string.Join(", ", undecided)} is undecided").ToArray() };
                decimal? ratio = focalPoint is Quantity f && f.Unit == q.Unit && f.Value != 0 ? ExactArithmetic.Divide(q.Value, f.Value, "compare with the focal cluster") : null;
                row.Cells[m] = cell with
                {
                    Rank = rank,
                    RatioToFocal = ratio,
                    // The focal cluster's own ratio is exactly 1, however its value is qualified.
                    RatioToFocalQualifier = ratio is null || string.Equals(row.Id, _o.Focal, StringComparison.Ordinal) ? Qualifier.Exact
                        : QualifierArithmetic.Divide(cell.Qualifier, focalCell.Qualifier, positive: q.Value > 0 && focalPoint!.Value.Value > 0),
                };
            }
        }

        var result = rows.Select(r =>
        {
            _regions.TryGetValue(r.Id, out var region);
            var rowYear = r.Year is ReferenceYear ry ? ComparisonYear.OfRow(ry, latest: _year is null) : ComparisonYear.None;
            return new ComparisonRow(r.Id, region?.NameEn ?? r.Id, region?.NameZh, string.Equals(r.Id, _o.Focal, StringComparison.Ordinal), rowYear, r.Cells);
        }).ToArray();

        var notes = new List<string>();
        if (_year is int year0)
        {
            notes.Add(_yearReason is null ? string.Create(CultureInfo.InvariantCulture, $"Year {year0}, as requested.") : _yearReason);
            notes.Add("A figure counts for the year when its reference year equals it, or is one year away when the figure's year is approximate (a figure of the year itself is preferred); undated figures and multi-year totals never count; a cell with nothing in that window is empty.");
            if (_o.MaxAge > 0) notes.Add(string.Create(CultureInfo.InvariantCulture, $"Where a cell has nothing for {year0}, a figure up to {_o.MaxAge} year(s) older is used, and the cell names its year and age."));
        }
        else
        {
            notes.Add(string.Create(CultureInfo.InvariantCulture, $"The latest year of each cluster, shown per row and per value; values more than {ComparisonOptions.StaleYears} years older than {_o.Focal}'s are flagged and not ranked."));
        }
        notes.AddRange(
        [
            "Ranges span every figure counted for the year (min to max over sources); an open end means a one-sided bound (more than, nearly).",
            _o.IncludeTargets ? "Plan targets are included where they count for the year." : "Plan targets are left out.",
            _o.IncludeSuspicious ? "Suspicious and superseded figures are included." : "Suspicious and superseded figures are left out (listed in the figures and conflicts, marked).",
            "Shares, ratios, ranks and derived values only combine figures of the same period (a part of a year is never set against a whole year).",
        ]);
        if (_currency is Currency c) notes.Add($"Money is shown in {c}{(_o.Deflator is PriceIndex p ? string.Create(CultureInfo.InvariantCulture, $" at {p.BaseYear} prices ({p.Name})") : "")}.");
        foreach (var pin in _o.Pins.Keys.Where(ids.Contains)) notes.Add($"{pin}: pinned sources only where they have a figure.");
        return new Comparison(_o.Focal, metrics, result, _sources.Numbered(), _currency, _year, notes);
    }

    private void RequireKnown(string id) => _figures.RequireRegion(id);

    private IEnumerable<string> Peers()
    {
        if (_o.Peers is not null)
        {
            foreach (var p in _o.Peers) RequireKnown(p);
            return _o.Peers;
        }
        var present = _figures.RegionIds.ToHashSet(StringComparer.Ordinal);
        bool IsCluster(string id) => !_regions.TryGetValue(id, out var r) || r.Kind == RegionKind.Cluster;
        if (_o.PeerSelection == PeerSelection.SameCountry)
        {
            if (!_regions.TryGetValue(_o.Focal, out var focal) || focal.Country is null)
                ThrowHelper.NoCountryForPeers(_o.Focal);
            return _regions.Values.Where(r => r.Kind == RegionKind.Cluster && string.Equals(r.Country, focal.Country, StringComparison.Ordinal) && present.Contains(r.Id)).Select(r => r.Id);
        }
        // Same product focus: the main product (the focus before any parenthesised detail) decides, across the given
        // regions. Socks, hosiery, tights and stockings are one group, so a cluster of yours making socks meets all of
        // the sock and hosiery clusters; a cluster whose region gives another focus is not in it.
        var ownKey = _regions.TryGetValue(_o.Focal, out var own) ? FocusKey(own.ProductFocus) : null;
        bool InGroup(string id, string? key) => key is null ? ComparisonOptions.SockAndHosieryClusters.Contains(id, StringComparer.Ordinal) : IsSockOrHosiery(key);
        var others = _regions.Values.Where(r => r.Kind == RegionKind.Cluster && present.Contains(r.Id));
        if (InGroup(_o.Focal, ownKey))
        {
            return ComparisonOptions.SockAndHosieryClusters
                .Where(id => present.Contains(id) && IsCluster(id) && InGroup(id, _regions.TryGetValue(id, out var r) ? FocusKey(r.ProductFocus) : null))
                .Concat(others.Where(r => FocusKey(r.ProductFocus) is { } k && IsSockOrHosiery(k)).Select(r => r.Id))
                .Distinct(StringComparer.Ordinal);
        }
        if (ownKey is not null)
            return others.Where(r => string.Equals(FocusKey(r.ProductFocus), ownKey, StringComparison.Ordinal)).Select(r => r.Id);
        return ThrowHelper.UnknownProductFocus<IEnumerable<string>>(_o.Focal);
    }

    private static readonly string[] SockAndHosieryWords = ["sock", "hosiery", "tights", "stocking"];

    private static bool IsSockOrHosiery(string key) => SockAndHosieryWords.Any(w => key.Contains(w, StringComparison.Ordinal));

    // The main product of a product focus: the text before any parenthesised detail, trimmed, in lower case ("socks (mainly cotton)" is "socks").
    private static string? FocusKey(string? focus)
    {
        if (string.IsNullOrWhiteSpace(focus)) return null;
        int paren = focus.IndexOf('(', StringComparison.Ordinal);
        var key = (paren >= 0 ? focus[..paren] : focus).Trim().ToLowerInvariant();
        return key.Length == 0 ? null : key;
    }

    // The national reference regions of the cluster's country, then the world.
    private IEnumerable<string> ReferenceRegions(string id)
    {
        var present = _figures.RegionIds.ToHashSet(StringComparer.Ordinal);
        if (_regions.TryGetValue(id, out var region) && region.Country is not null)
        {
            foreach (var r in _regions.Values.Where(r => r.Kind == RegionKind.Reference && string.Equals(r.Country, region.Country, StringComparison.Ordinal) && present.Contains(r.Id)))
                yield return r.Id;
        }
        if (present.Contains("world") && !string.Equals(id, "world", StringComparison.Ordinal)) yield return "world";
    }

    private IEnumerable<Figure> Pool(string id, Indicator indicator, out string? pinNote)
    {
        pinNote = null;
        var all = _figures.Where(f => string.Equals(f.RegionId, id, StringComparison.Ordinal) && f.Indicator == indicator && (_o.IncludeTargets || !f.IsTarget)
            && (_o.IncludeSuspicious || f.Status == FigureStatus.Ok)).ToArray();
        if (!_o.Pins.TryGetValue(id, out var pin)) return all;
        var pinned = all.Where(pin).ToArray();
        if (pinned.Length > 0) return pinned;
        if (all.Length > 0) pinNote = $"the pinned sources give no {indicator}: every source is used";
        return all;
    }

    private static readonly Indicator[] YearIndicators = [Indicator.PairsPerYear, Indicator.OutputValue, Indicator.FirmCount];

    // The latest stated year in which the focal cluster has the most of pairs, output value and firm count (actual,
    // non-suspicious, plain meaning, whole year); the approximate flag is ignored and no window is applied.
    private int DefaultYear(out string reason)
    {
        var byYear = new Dictionary<int, List<Indicator>>();
        foreach (var indicator in YearIndicators)
        {
            foreach (int y in Pool(_o.Focal, indicator, out _).Where(f => !f.IsTarget && f.Status == FigureStatus.Ok && f.Scope is null && f.Period is null && f.Year.IsKnown && !f.Year.IsRange)
                .Select(f => f.Year.From!.Value).Distinct())
            {
                if (!byYear.TryGetValue(y, out var list)) byYear[y] = list = [];
                list.Add(indicator);
            }
        }
        if (byYear.Count == 0)
        {
            var any = NeededIndicators.SelectMany(i => Pool(_o.Focal, i, out _)).Where(f => !f.IsTarget && f.Year.IsKnown && !f.Year.IsRange).Select(f => f.Year.To!.Value).ToArray();
            if (any.Length == 0) ThrowHelper.NoComparisonYear(_o.Focal);
            int latest = any.Max();
            reason = string.Create(CultureInfo.InvariantCulture, $"Year {latest}: the latest year of a dated figure of {_o.Focal}, which has no dated pairs_per_year, output_value or firm_count.");
            return latest;
        }
        var best = byYear.OrderByDescending(kv => kv.Value.Count).ThenByDescending(kv => kv.Key).First();
        reason = best.Value.Count == YearIndicators.Length
            ? string.Create(CultureInfo.InvariantCulture, $"Year {best.Key}: the latest year in which {_o.Focal} has pairs_per_year, output_value and firm_count.")
            : string.Create(CultureInfo.InvariantCulture, $"Year {best.Key}: no year has pairs_per_year, output_value and firm_count of {_o.Focal}; the latest year with the most of them ({string.Join(", ", best.Value)}).");
        return best.Key;
    }

    // One year for all: the figures of the window, or with MaxAge the latest older figures within that age, marked.
    private Evaluated EvaluateForYear(string id, Indicator indicator, ReferenceYear year)
    {
        var result = Evaluate(id, indicator, year);
        if (result.Point is not null || _o.MaxAge == 0) return result;
        int y = year.From!.Value;
        var older = Pool(id, indicator, out _).Where(f => f.Year.IsKnown && !f.Year.IsRange && f.Year.To < y && f.Year.To >= y - _o.MaxAge).ToArray();
        if (older.Length == 0) return result;
        int latest = older.Max(f => f.Year.To!.Value);
        var own = older.Where(f => f.Year.To == latest).All(f => f.Year.IsApproximate) ? ReferenceYear.Approximate(latest) : ReferenceYear.Exact(latest);
        // Only the figures of that older year itself, so that nothing of the year compared is mixed in.
        var fallback = Evaluate(id, indicator, ReferenceYear.Exact(latest));
        if (fallback.Point is null) return result;
        int age = y - latest;
        return fallback with
        {
            Age = age,
            Notes = fallback.Notes.Prepend(string.Create(CultureInfo.InvariantCulture, $"nothing for {y}: the figure of {own} is used, {age} year{(age == 1 ? "" : "s")} older (max age {_o.MaxAge})")).ToArray(),
        };
    }

    // The values a cell's point stands for when ranking: the point itself, or an open side for a one-sided bound.
    private static (decimal? Low, decimal? High) RankBounds(ComparisonCell cell)
    {
        decimal v = cell.Point!.Value.Value;
        return cell.Qualifier switch
        {
            Qualifier.AtLeast => (v, null),
            Qualifier.AtMost or Qualifier.Nearly => (null, v),
            _ => (v, v),
        };
    }

    internal static ReferencePeriod? PeriodOf(ComparisonCell cell) => cell.Inputs.Count > 0 ? cell.Inputs[0].Period : null;

    // The scope notes of the figures a value rests on (of both inputs of a derived value), or null for the plain meaning.
    internal static string? ScopeOf(ComparisonCell cell)
    {
        var scopes = (cell.IsDerived ? cell.Inputs : cell.Inputs.Take(1)).Select(f => f.Scope).OfType<string>().Distinct(StringComparer.Ordinal).ToArray();
        return scopes.Length == 0 ? null : string.Join("; ", scopes);
    }

    private ReferenceYear? LatestYear(string id)
    {
        var dated = NeededIndicators.SelectMany(i => Pool(id, i, out _)).Where(f => f.Year.IsKnown && !f.Year.IsRange).ToArray();
        if (dated.Length == 0) return null;
        int latest = dated.Max(f => f.Year.To!.Value);
        bool approximate = dated.Where(f => f.Year.To == latest).All(f => f.Year.IsApproximate);
        return approximate ? ReferenceYear.Approximate(latest) : ReferenceYear.Exact(latest);
    }

    internal const int PlainScopeYears = 5;

    // With the latest year of each: the cluster's latest year, or else the indicator's own latest year (noted).
    private Evaluated EvaluateLatestAware(string id, Indicator indicator, ReferenceYear year)
    {
        var result = Evaluate(id, indicator, year);
        if (result.Point is not null && result.Inputs[0].Scope is null) return result;
        var dated = Pool(id, indicator, out _).Where(f => f.Year.IsKnown && !f.Year.IsRange).ToArray();
        // Prefer the latest figure of the plain meaning over a newer partial or scoped one, when it is at most
        // PlainScopeYears older; otherwise the latest figure of any scope.
        var plain = dated.Where(f => f.Scope is null).ToArray();
        if (plain.Length > 0 && dated.Max(f => f.Year.To!.Value) - plain.Max(f => f.Year.To!.Value) <= PlainScopeYears) dated = plain;
        else if (result.Point is not null) return result;
        if (dated.Length == 0) return result;
        int latest = dated.Max(f => f.Year.To!.Value);
        var own = dated.Where(f => f.Year.To == latest).All(f => f.Year.IsApproximate) ? ReferenceYear.Approximate(latest) : ReferenceYear.Exact(latest);
        var fallback = Evaluate(id, indicator, own);
        return fallback with { Notes = fallback.Notes.Prepend($"no {indicator} counts for {year}: its latest figure, of {own}, is used").ToArray() };
    }

    /// <summary>Whether a figure's year counts for the requested year: equal, or one apart when either is approximate.</summary>
    internal static int? Distance(ReferenceYear figure, ReferenceYear requested)
    {
        if (!figure.IsKnown || figure.IsRange || !requested.IsKnown) return null;
        int gap = Math.Max(0, Math.Max(figure.From!.Value - requested.To!.Value, requested.From!.Value - figure.To!.Value));
        int allowed = figure.IsApproximate || requested.IsApproximate ? 1 : 0;
        return gap <= allowed ? gap : null;
    }

    private Evaluated Evaluate(string id, Indicator indicator, ReferenceYear year)
    {
        var pool = Pool(id, indicator, out var pinNote).ToArray();
        var notes = new List<string>();
        if (pinNote is not null) notes.Add(pinNote);
        // Suspicious and superseded figures of the year that are left out are named.
        Figure[] doubted = _o.IncludeSuspicious ? [] : [.. _figures.Where(f => string.Equals(f.RegionId, id, StringComparison.Ordinal) && f.Indicator == indicator
            && f.Status != FigureStatus.Ok && (_o.IncludeTargets || !f.IsTarget))];
        if (doubted.Where(f => Distance(f.Year, year) is not null).ToArray() is { Length: > 0 } ofTheYear)
            notes.Add("left out: " + string.Join("; ", ofTheYear.Select(f => $"{FigureFormat.ForPeople(f)} ({f.When}), {f.Status.ToCode()}")));
        var matched = pool.Select(f => (Figure: f, Distance: Distance(f.Year, year))).Where(x => x.Distance is not null).ToArray();
        if (matched.Length == 0)
        {
            var years = pool.Where(f => f.Year.IsKnown).Select(f => f.Year.ToString()).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
            int undated = pool.Count(f => !f.Year.IsKnown);
            if (years.Length > 0) notes.Add($"no {indicator} for {year}; figures exist for {string.Join(", ", years)}");
            if (undated > 0) notes.Add(string.Create(CultureInfo.InvariantCulture, $"{undated} undated {indicator} figure{(undated == 1 ? "" : "s")} not matched to a year"));
            // Nothing at all: say so, and count what was left out as doubted (their values stay out of the comparison).
            if (pool.Length == 0)
                notes.Add(doubted.Length == 0 ? $"no {indicator} figure" : string.Create(CultureInfo.InvariantCulture,
                    $"no {indicator} figure except {string.Join(" and ", doubted.GroupBy(f => f.Status).Select(g => $"{g.Count()} {g.Key.ToCode()} ({string.Join(", ", g.Select(f => f.When).Distinct(StringComparer.Ordinal))})"))}, left out"));
            return Evaluated.Empty(notes);
        }
        if (matched.Any(x => x.Figure.IsTarget)) notes.Add("includes plan targets");

        var rateSources = new List<Source>();
        var converted = new List<(Figure Original, Figure Shown, int Distance)>();
        foreach (var (f, distance) in matched)
        {
            var q = f.Quantity;
            // A range converts both bounds with the same rate and factor.
            Quantity? qHigh = f.ValueHigh is decimal h ? new Quantity(h, q.Unit) : null;
            int figureYear = f.Year.From!.Value;
            if (_currency is Currency target && q.Unit.MoneyCurrency is Currency from && from != target)
            {
                if (_converter is null)
                {
                    notes.Add($"cannot convert {from} to {target}: no exchange rates were given");
                    return Evaluated.Empty(notes);
                }
                var (amount, conversion) = _converter.Convert(q, target, figureYear);
                q = amount;
                notes.Add(conversion.Note);
                if (qHigh is Quantity hq)
                {
                    var (highAmount, highConversion) = _converter.Convert(hq, target, figureYear);
                    qHigh = highAmount;
                    notes.Add(highConversion.Note);
                }
                rateSources.AddRange(conversion.RatesUsed.Select(r => r.Source));
            }
            if (_o.Deflator is PriceIndex index && q.Unit.MoneyCurrency is Currency money)
            {
                if (index.Currency is Currency ic && ic != money)
                    ThrowHelper.PriceIndexCurrency(index.Name, ic, id, indicator.Name, money);
                var factor = index.Factor(figureYear);
                var exactFactor = Fraction.Of(index.Values[index.BaseYear]) / Fraction.Of(index.Values[figureYear]);
                notes.Add(string.Create(CultureInfo.InvariantCulture, $"in {index.BaseYear} prices: multiplied by {decimal.Round(factor, 6)} ({index.Name}: {index.BaseYear} = {index.Values[index.BaseYear]}, {figureYear} = {index.Values[figureYear]})"));
                q = Deflate(q, factor, exactFactor, index.BaseYear, notes);
                if (qHigh is Quantity hq) qHigh = Deflate(hq, factor, exactFactor, index.BaseYear, notes);
            }
            converted.Add((f, f with { Quantity = q, ValueHigh = qHigh?.Value }, distance!.Value));
        }

        // The point: actual values before plan targets, figures of the plain meaning (no scope note) before scoped
        // ones, then the figures nearest to the year, then the policy.
        var pointPool = converted.Any(x => !x.Original.IsTarget) ? converted.Where(x => !x.Original.IsTarget).ToList() : converted;
        if (pointPool.Any(x => x.Original.Scope is null)) pointPool = pointPool.Where(x => x.Original.Scope is null).ToList();
        if (pointPool.Any(x => x.Original.Period is null)) pointPool = pointPool.Where(x => x.Original.Period is null).ToList();
        int nearest = pointPool.Min(x => x.Distance);
        var best = _policy.Choose(pointPool.Where(x => x.Distance == nearest).Select(x => x.Shown).ToArray());
        // The range: every counted figure of the chosen figure's unit, scope and period; others are named, not mixed in.
        var unit = best.Chosen.Quantity.Unit;
        var scope = best.Chosen.Scope;
        var period = best.Chosen.Period;
        bool SameKind(Figure f) => string.Equals(f.Scope, scope, StringComparison.Ordinal) && f.Period == period;
        var sameUnit = converted.Where(x => x.Shown.Quantity.Unit == unit && SameKind(x.Shown)).ToArray();
        var otherUnits = converted.Count(x => x.Shown.Quantity.Unit != unit);
        if (otherUnits > 0)
            notes.Add(string.Create(CultureInfo.InvariantCulture, $"{otherUnits} figure(s) in another unit left out of the range"));
        if (scope is not null) notes.Add($"scope: {scope}");
        if (period is ReferencePeriod part) notes.Add($"period: {part} only");
        var otherScopes = converted.Where(x => x.Shown.Quantity.Unit == unit && !SameKind(x.Shown)).ToArray();
        if (otherScopes.Length > 0)
            notes.Add("other scopes or periods left out of the range: " + string.Join("; ", otherScopes.Select(x => $"{x.Shown.Scope ?? "plain meaning"} {FigureFormat.ForPeople(x.Shown)} ({x.Shown.When})").Distinct(StringComparer.Ordinal)));
        var range = new FigureSet(sameUnit.Select(x => x.Shown)).Range()!;
        var filters = new List<string>();
        if (pointPool.Any(x => x.Original.Scope is null) && converted.Any(x => x.Original.Scope is not null)) filters.Add("plain scope");
        if (pointPool.Any(x => x.Original.Period is null) && converted.Any(x => x.Original.Period is not null)) filters.Add("whole year");
        // How many of the counted figures are nearest, so that "the only figure" is not read as the only one of the range.
        if (pointPool.Count > best.Considered.Count)
            filters.Add(string.Create(CultureInfo.InvariantCulture, $"nearest to {year} ({best.Considered.Count} of {pointPool.Count} figures counted)"));
        string reason = (filters.Count > 0 ? string.Join(", ", filters) + ": " : "") + best.Reason;
        var chosenOriginal = converted.First(x => ReferenceEquals(x.Shown, best.Chosen)).Original;
        var inputs = new[] { chosenOriginal }.Concat(sameUnit.Select(x => x.Original).Where(f => !ReferenceEquals(f, chosenOriginal))).ToArray();
        // A range gives its midpoint as the point, and says so.
        var point = best.Chosen.Quantity;
        var qualifier = QualifierArithmetic.OfPoint(best.Chosen.Qualifier);
        if (best.TiedValuesDiffer)
        {
            // Figures no rule separates and that disagree: none is taken as the answer (the order of the file would
            // decide); the point is the midpoint of their span, approximately, and the range spans them all.
            var tied = best.Tied.Where(f => f.Quantity.Unit == unit).ToArray();
            decimal low = tied.Min(f => f.Quantity.Value), high = tied.Max(f => f.High);
            var midpoint = (Fraction.Of(low) + Fraction.Of(high)) / Fraction.Of(2m);
            var span = $"{FigureFormat.ForPeople(new Quantity(low, unit))} to {FigureFormat.ForPeople(new Quantity(high, unit))}";
            if (midpoint.ToDecimal() is not decimal mid)
            {
                notes.Add($"{tied.Length} figures tie on every rule and disagree ({span}); their midpoint is beyond what a decimal holds, so no point is shown");
                return Evaluated.Empty(notes.Distinct(StringComparer.Ordinal).ToList());
            }
            point = new Quantity(Internal.DecimalText.Normalize(mid), unit);
            qualifier = Qualifier.Approximately;
            notes.Add($"{tied.Length} figures tie on every rule and disagree: the point is the midpoint of {span}");
            NoteQuotient("midpoint", mid, midpoint, notes);
        }
        else if (best.Chosen.ValueHigh is not null)
        {
            point = new Quantity(best.Chosen.Midpoint, point.Unit);
            notes.Add($"the point is the midpoint of the range {FigureFormat.ForPeople(best.Chosen)}");
        }
        return new Evaluated(point, range.Min, range.Max, ComparisonYear.Of(best.Chosen), reason, inputs, rateSources, notes.Distinct(StringComparer.Ordinal).ToList())
        {
            Qualifier = qualifier,
        };
    }

    // Multiplies by the deflator's factor; a value that the exact quotient of the index values would not give is noted as rounded.
    private static Quantity Deflate(Quantity q, decimal factor, Fraction exactFactor, int baseYear, List<string> notes)
    {
        // Rounded once, from the exact quotient of the index values.
        var exact = Fraction.Of(q.Value) * exactFactor;
        var deflated = exact.ToDecimal() is decimal v ? new Quantity(v, q.Unit) : factor * q;
        if (!exact.IsExactly(deflated.Value))
            notes.Add(string.Create(CultureInfo.InvariantCulture, $"in {baseYear} prices, {q} becomes {deflated}, rounded to {ExactArithmetic.SignificantDigits(deflated.Value)} significant digits"));
        return deflated;
    }

    // A derived value (or bound) that is not the exact quotient says so, with the digits it keeps.
    private static void NoteQuotient(string what, decimal? shown, Fraction? exact, List<string> notes)
    {
        if (shown is decimal v && exact is Fraction f && !f.IsExactly(v))
            notes.Add(string.Create(CultureInfo.InvariantCulture, $"the {what} {v} is a quotient rounded to {ExactArithmetic.SignificantDigits(v)} significant digits"));
    }

    private ComparisonCell Derive(DerivedMetric d, Evaluated num, Evaluated den)
    {
        var notes = new List<string>();
        if (num.Point is not Quantity a || den.Point is not Quantity b)
        {
            if (num.Point is null) notes.Add($"no {d.Numerator}");
            if (den.Point is null) notes.Add($"no {d.Denominator}");
            return new ComparisonCell(d.Name, null, null, null, ComparisonYear.None) { IsDerived = true, Notes = notes };
        }
        // Inputs must cover the same period, and count for a common year (the year rule between the two chosen figures), or the quotient is not shown.
        if (num.Inputs[0].Period != den.Inputs[0].Period)
        {
            notes.Add($"inputs of different periods: {d.Numerator} {num.Inputs[0].When}, {d.Denominator} {den.Inputs[0].When}");
            return new ComparisonCell(d.Name, null, null, null, ComparisonYear.None) { IsDerived = true, Notes = notes };
        }
        // A quotient of figures of different scopes (all products over cotton socks only) answers no question.
        if (!string.Equals(num.Inputs[0].Scope, den.Inputs[0].Scope, StringComparison.Ordinal))
        {
            notes.Add($"inputs of different scopes: {d.Numerator} {num.Inputs[0].Scope ?? "plain meaning"}, {d.Denominator} {den.Inputs[0].Scope ?? "plain meaning"}");
            return new ComparisonCell(d.Name, null, null, null, ComparisonYear.None) { IsDerived = true, Notes = notes };
        }
        if (Distance(num.Inputs[0].Year, den.Inputs[0].Year) is null)
        {
            notes.Add($"inputs of years too far apart to divide: {d.Numerator} {num.Year}, {d.Denominator} {den.Year}");
            return new ComparisonCell(d.Name, null, null, null, ComparisonYear.None) { IsDerived = true, Notes = notes };
        }
        var numCell = num.ToCell(d.Numerator.Name, _sources);
        var denCell = den.ToCell(d.Denominator.Name, _sources);
        notes.AddRange(numCell.Notes.Concat(denCell.Notes));
        if (b.Value == 0)
        {
            notes.Add($"{d.Denominator} is 0");
            return new ComparisonCell(d.Name, null, null, null, ComparisonYear.None) { IsDerived = true, Notes = notes.Distinct(StringComparer.Ordinal).ToArray() };
        }
        var point = a / b;
        decimal scale = 1m;
        if (d.AsPercent)
        {
            if (point.Unit != Unit.One)
            {
                notes.Add($"{d.Numerator} ({a.Unit.Code}) and {d.Denominator} ({b.Unit.Code}) have different units: no percent");
                return new ComparisonCell(d.Name, null, null, null, ComparisonYear.None) { IsDerived = true, Notes = notes.Distinct(StringComparer.Ordinal).ToArray() };
            }
            scale = 100m;
            point = Quantity.Percent(point.Value * 100m);
        }
        var (low, high) = Interval.Divide(num.Low, num.High, den.Low, den.High);
        if (a.Value <= 0 || b.Value < 0) { low = null; high = null; notes.Add("not all values are positive: no range"); }
        static Fraction? Quotient(decimal? x, decimal? y, decimal scale) =>
            x is decimal p && y is decimal r && r != 0 ? Fraction.Of(p) / Fraction.Of(r) * Fraction.Of(scale) : null;
        NoteQuotient("value", point.Value, Quotient(a.Value, b.Value, scale), notes);
        NoteQuotient("low bound", low * scale, Quotient(num.Low, den.High, scale), notes);
        NoteQuotient("high bound", high * scale, Quotient(num.High, den.Low, scale), notes);
        var year = ComparisonYear.Of(num.Year, den.Year);
        if (num.Year != den.Year) notes.Add($"inputs of different years: {d.Numerator} {num.Year}, {d.Denominator} {den.Year}");
        return new ComparisonCell(d.Name, point, low * scale, high * scale, year)
        {
            IsDerived = true,
            Qualifier = QualifierArithmetic.Divide(num.Qualifier, den.Qualifier, positive: a.Value > 0 && b.Value > 0),
            Age = num.Age is null && den.Age is null ? null : Math.Max(num.Age ?? 0, den.Age ?? 0),
            Reason = $"{d.Numerator}: {num.Reason} | {d.Denominator}: {den.Reason}",
            Sources = numCell.Sources.Concat(denCell.Sources).Distinct().ToArray(),
            Notes = notes.Distinct(StringComparer.Ordinal).ToArray(),
            Inputs = num.Inputs.Concat(den.Inputs).ToArray(),
        };
    }
}

/// <summary>Interval arithmetic over positive values where null is an open end.</summary>
internal static class Interval
{
    /// <summary>[a, b] / [c, d] = [a / d, b / c]; an open end of the numerator, or a denominator open above (or 0 below), leaves the matching end open.</summary>
    public static (decimal? Low, decimal? High) Divide(decimal? a, decimal? b, decimal? c, decimal? d)
    {
        decimal? low = a is decimal x && d is decimal y && y > 0 ? ExactArithmetic.Divide(x, y, "divide the bounds") : null;
        decimal? high = b is decimal u && c is decimal v && v > 0 ? ExactArithmetic.Divide(u, v, "divide the bounds") : null;
        return (low, high);
    }
}

/// <summary>The value of one indicator of one region for one year, before it becomes a cell.</summary>
internal sealed record Evaluated(Quantity? Point, decimal? Low, decimal? High, ComparisonYear Year, string? Reason, IReadOnlyList<Figure> Inputs, IReadOnlyList<Source> RateSources, IReadOnlyList<string> Notes)
{
    /// <summary>Years older than the comparison year, when an older figure was admitted (MaxAge).</summary>
    public int? Age { get; init; }

    /// <summary>How the point is qualified (see <see cref="ComparisonCell.Qualifier"/>).</summary>
    public Qualifier Qualifier { get; init; }

    public static Evaluated Empty(IReadOnlyList<string> notes) => new(null, null, null, ComparisonYear.None, null, [], [], notes);

    public ComparisonCell ToCell(string metric, SourceNotes sources) => new(metric, Point, Low, High, Year)
    {
        Reason = Reason,
        Sources = Inputs.Select(f => f.Source).Concat(RateSources).Select(sources.NumberOf).Distinct().ToArray(),
        Notes = Notes,
        Inputs = Inputs,
        Age = Age,
        Qualifier = Qualifier,
    };
}
