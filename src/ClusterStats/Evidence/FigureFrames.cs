using ClusterStats.Internal;
using Microsoft.Data.Analysis;

namespace ClusterStats;

/// <summary>
/// Converts figures to and from a Microsoft.Data.Analysis <see cref="DataFrame"/> with explicit column types, so
/// values stay exact: <c>value</c> and <c>value_high</c> are decimal, <c>year</c> and <c>year_to</c> nullable int, <c>year_approx</c>,
/// <c>target</c> and <c>derived</c> bool, every other column string (the columns of <see cref="FigureCsv.Columns"/>).
/// </summary>
public static class FigureFrames
{
    /// <summary>The figures as a data frame, one row per figure, columns named as in the CSV schema.</summary>
    public static DataFrame ToDataFrame(this IEnumerable<Figure> figures)
    {
        ArgumentNullException.ThrowIfNull(figures);
        var list = figures.ToList();
        StringDataFrameColumn S(string name, Func<Figure, string?> get) => new(name, list.Select(get));
        return new DataFrame(
            S("cluster", f => f.RegionId),
            S("indicator", f => f.Indicator.Name),
            new DecimalDataFrameColumn("value", list.Select(f => (decimal?)f.Quantity.Value)),
            S("unit", f => f.Quantity.Unit.Code),
            S("qualifier", f => f.Qualifier.ToCode()),
            new BooleanDataFrameColumn("target", list.Select(f => (bool?)f.IsTarget)),
            S("scope", f => f.Scope),
            new Int32DataFrameColumn("year", list.Select(f => f.Year.From)),
            new Int32DataFrameColumn("year_to", list.Select(f => f.Year.IsRange ? f.Year.To : null)),
            new BooleanDataFrameColumn("year_approx", list.Select(f => (bool?)f.Year.IsApproximate)),
            S("source_title", f => f.Source.Title),
            S("source_url", f => f.Source.Url),
            S("publisher", f => f.Source.Publisher),
            S("published", f => f.Source.Published),
            S("quote", f => f.Source.Quote),
            S("confidence", f => f.Source.Confidence.ToCode()),
            new BooleanDataFrameColumn("derived", list.Select(f => (bool?)f.IsDerived)),
            S("original_unit", f => f.OriginalUnit),
            S("origin", f => f.Origin),
            S("notes", f => f.Notes),
            new DecimalDataFrameColumn("value_high", list.Select(f => f.ValueHigh)),
            S("status", f => f.Status.ToCode()),
            S("period", f => f.Period?.ToString()));
    }

    /// <summary>
    /// Reads figures back from a data frame with the columns and types of <see cref="ToDataFrame"/>; the
    /// <c>value_high</c> column may be left out when no figure is a range.
    /// </summary>
    /// <exception cref="ClusterStatsException">A column is missing or has another type, or a cell is not valid.</exception>
    public static FigureSet ToFigureSet(this DataFrame frame)
    {
        ArgumentNullException.ThrowIfNull(frame);
        var value = Column<DecimalDataFrameColumn>(frame, "value");
        var year = Column<Int32DataFrameColumn>(frame, "year");
        var yearTo = Column<Int32DataFrameColumn>(frame, "year_to");
        var approx = Column<BooleanDataFrameColumn>(frame, "year_approx");
        var target = Column<BooleanDataFrameColumn>(frame, "target");
        var derived = Column<BooleanDataFrameColumn>(frame, "derived");
        var high = frame.Columns.IndexOf("value_high") >= 0 ? Column<DecimalDataFrameColumn>(frame, "value_high") : null;
        // status and period are optional, as in figure files: a frame without them reads as ok, whole years.
        var text = FigureCsv.Columns.Where(c => c is not ("value" or "year" or "year_to" or "year_approx" or "target" or "derived" or "value_high"))
            .Where(c => c is not ("status" or "period") || frame.Columns.IndexOf(c) >= 0)
            .ToDictionary(c => c, c => Column<StringDataFrameColumn>(frame, c), StringComparer.Ordinal);
        var figures = new List<Figure>((int)frame.Rows.Count);
        for (long i = 0; i < frame.Rows.Count; i++)
        {
            string? T(string c) => text.TryGetValue(c, out var column) && column[i] is { Length: > 0 } s ? s : null;
            string Need(string c) => T(c) ?? ThrowHelper.FrameCellEmpty<string>(i, c);
            if (!QualifierCodes.TryParse(Need("qualifier"), out var qualifier)) ThrowHelper.FrameCode(i, T("qualifier"), "a qualifier");
            if (!ConfidenceCodes.TryParse(Need("confidence"), out var confidence)) ThrowHelper.FrameCode(i, T("confidence"), "a confidence");
            if (!FigureStatusCodes.TryParse(T("status"), out var status)) ThrowHelper.FrameCode(i, T("status"), "a status (ok, suspicious or superseded)");
            ReferencePeriod? period = null;
            if (T("period") is string pt)
            {
                if (!ReferencePeriod.TryParse(pt, out var p) || year[i] != p.Year || yearTo[i] is not null)
                    ThrowHelper.FramePeriod(i, pt);
                period = p;
            }
            var refYear = year[i] is int from ? ReferenceYear.Range(from, yearTo[i] ?? from, approx[i] ?? false) : ReferenceYear.Unknown;
            var source = new Source(Need("source_title"), T("source_url"), T("publisher") ?? "", T("published"), T("quote") ?? "", confidence);
            var v = value[i] ?? ThrowHelper.FrameCellEmpty<decimal>(i, "value");
            decimal? h = high?[i];
            if ((qualifier == Qualifier.Range) != h.HasValue || (h is decimal hv && hv <= v))
                ThrowHelper.FrameRange(i);
            var indicator = new Indicator(Need("indicator"));
            var unit = Unit.Parse(Need("unit"));
            if (FigureDomain.Expected(indicator, unit, v) is string expectedValue) ThrowHelper.FrameValue(i, "value", v, expectedValue);
            if (h is decimal hb && FigureDomain.Expected(indicator, unit, hb) is string expectedHigh) ThrowHelper.FrameValue(i, "value_high", hb, expectedHigh);
            figures.Add(new Figure(Need("cluster"), indicator, new Quantity(v, unit), qualifier,
                target[i] ?? false, T("scope"), refYear, source)
            {
                IsDerived = derived[i] ?? false,
                OriginalUnit = T("original_unit"),
                Origin = T("origin"),
                Notes = T("notes"),
                ValueHigh = h,
                Status = status,
                Period = period,
            });
        }
        return new FigureSet(figures);
    }

    private static T Column<T>(DataFrame frame, string name) where T : DataFrameColumn
    {
        var index = frame.Columns.IndexOf(name);
        if (index < 0) ThrowHelper.FrameColumnMissing<T>(name, frame.Columns.Select(c => c.Name));
        return frame.Columns[index] as T
            ?? ThrowHelper.FrameColumnType<T>(name, frame.Columns[index].DataType.Name, typeof(T).Name);
    }
}
