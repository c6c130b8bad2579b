using System.Globalization;
using System.Text.RegularExpressions;
using ClusterStats.Internal;

namespace ClusterStats.Extraction;

/// <summary>
/// Proposes cited figures from the text of an article (Chinese, Japanese, Korean, English, Italian) for an analyst to
/// review. Precision first: a number becomes a candidate only when a unit word makes it a quantity (by the figure
/// parser, <see cref="QualifiedQuantity.TryParseAt"/>) and the words around it say what it measures. Immutable and
/// thread-safe.
/// </summary>
/// <remarks>
/// <para><b>What is read.</b> Quantities with a unit word (22億足, 35億元, 226社, 2万多人, 25억 켤레, "2.5 billion pairs",
/// "641,8 milioni di euro"); counts whose noun follows a few words later ("more than 200 socks factories", "the 125
/// hosiery mills"); ranks (全国第2位, 第二大, "second-highest", 日本一); shares in words (三分之一, "a third", "half of",
/// "one out of every eight", 6割); the year of a title or founding (2021年…称号, "established … in 1907"); and years of
/// history (40年来).</para>
/// <para><b>Indicator</b>, judged from the unit and the words of the same clause (then of the sentence up to the
/// neighbouring figures): pairs with 产量/年产/生产/生産/produce/output/annual -> <c>pairs_per_year</c>; money with
/// 产值/生産額/생산액/output value/worth/turnover -> <c>output_value</c>, with 出口/輸出/수출/export -> <c>export_value</c>,
/// with no such word -> <c>amount</c> (low confidence); firms -> <c>firm_count</c> (with 展示会/show ->
/// <c>brand_show_firms</c>); persons with 从业/就业/従業/종사/employ/workers -> <c>employees</c> (other persons are not
/// reported); machines with 机/機/직기/machine -> <c>knitting_machines</c>; ranks with 全国/national/world or a
/// ranking word -> <c>rank</c>; percent and shares with 全国/national -> <c>national_share</c>, 全球/世界/world ->
/// <c>world_share</c>, European -> <c>european_share</c>, with export words -> <c>world_export_share</c>, a share word
/// alone (占/シェア/share) -> <c>national_share</c> at lower confidence; projects with 契約/签约/signed ->
/// <c>signed_projects</c>; title and founding years -> <c>designation_year</c>, <c>founding_year</c>; 40年来 ->
/// <c>history_years</c>.</para>
/// <para><b>Never reported:</b> dates, times, durations and ages (2024年, 7月24日, 5日間, 11:22, 30歳), phone numbers, list
/// numbers (第一に/第二に "firstly, secondly", "1.", "(2)"), growth and changes (增长15%, "-25,1%", "rose by 6.9 per cent",
/// 新增企业300家, "lost 2,000 workers", "3 billion yuan lower than in 2020", 比去年多3亿双), pairs and money per day, week or
/// month (日产6000万双, "a day", "monthly output", "al giorno"), numerals in set phrases (千家万户, 百家争鸣),
/// currency conversions in brackets ("75 billion yuan ($11.14 billion)"), single-character numerals used as articles
/// (一人一人, 一家), and persons or machines without a word saying what they are; nor a part of a number: the digits
/// after a space, inline markup or a bare decimal point that follow another number (1억 2천만, 2 2亿, .5亿), a
/// figure followed by more digits (6割5分), vague counts (上千家, "1,000s of"), and a dot with exactly three digits
/// outside Italian text (12.000). Two numbers joined by to, a dash, or between … and are one range figure when
/// both read alike ("1.5 billion to 2 billion pairs"), else nothing.</para>
/// <para><b>Place:</b> the nearest name of <see cref="ExtractionOptions.Places"/> in the clause or up to the neighbouring
/// figures, else in the sentence, else the place the whole text names most often, else
/// <see cref="ExtractionOptions.FallbackRegionId"/>. <b>Year:</b> a time stated in the figure's clause that no other figure
/// of the clause is nearer to (2022年, "in 2010", 去年/last year = publication year - 1, 現在/now = publication year), or
/// the nth of n years listed in the order of n figures ("da 9.181 a 5.310 … tra il 2008 e il 2018"), else the nearest time
/// stated before it in the sentence, else the publication year, marked approximate; the base of a comparison (比去年,
/// "than in 2020") dates nothing; <see cref="CandidateFigure.YearBasis"/> says which. <b>Period:</b> pairs and money of
/// part of a year (1-6月, 一季度, 上半年, "first half", "primo semestre", 상반기) carry it in <see cref="Figure.Period"/>,
/// and are not proposed when no year is known.</para>
/// <para><b>Extraction confidence</b> (0 to 1): 0.45 for a quantity with a unit word, +0.35 for an indicator word in
/// the same clause (+0.2 when further away, +0.15 when only the unit implies the indicator), +0.1 for a place in the
/// clause (+0.05 in the sentence, -0.1 when no place is known), +0.05 for a stated year; at most 0.95; indicators that
/// are not built in at most 0.6; <c>amount</c> 0.3; history years 0.35. Candidates below
/// <see cref="ExtractionOptions.MinimumConfidence"/> are dropped.</para>
/// </remarks>
public sealed partial class FigureExtractor
{
    private const int Reach = 160;

    /// <summary>The longest quote: a longer clause is narrowed to this many characters around the figure.</summary>
    internal const int MaxQuoteLength = 300;
    private static readonly Unit Pending = Unit.Count("number-pending");
    private static readonly Unit Years = Unit.Count("years");
    private static readonly Unit Year = Unit.Count("year");

    private static readonly WordMatcher<Unit> Nouns = new(
        new (string, Unit)[]
        {
            ("firms", Unit.Firms), ("firm", Unit.Firms), ("companies", Unit.Firms), ("enterprises", Unit.Firms), ("factories", Unit.Firms),
            ("factory", Unit.Firms), ("mills", Unit.Firms), ("businesses", Unit.Firms), ("plants", Unit.Firms), ("manufacturers", Unit.Firms),
            ("producers", Unit.Firms), ("makers", Unit.Firms), ("workers", Unit.Persons), ("people", Unit.Persons), ("employees", Unit.Persons),
            ("staff", Unit.Persons), ("persons", Unit.Persons), ("jobs", Unit.Persons), ("pairs", Unit.Pairs), ("machines", Unit.Machines),
            ("looms", Unit.Machines), ("euro", Unit.Money(Currency.EUR)), ("euros", Unit.Money(Currency.EUR)), ("dollars", Unit.Money(Currency.USD)),
            ("yuan", Unit.Money(Currency.CNY)), ("yen", Unit.Money(Currency.JPY)),
        }, wholeLatinWords: true);

    private static readonly Regex FractionZh = new(@"([一二三四五六七八九十两兩]{1,3})分之([一二三四五六七八九十]{1,3})", RegexOptions.CultureInvariant | RegexOptions.Compiled);
    private static readonly Regex FractionEn = new(
        @"\b(?:(one|a|two|three)[\s-]+(half|third|thirds|quarter|quarters|fifth|fifths|tenth|tenths)|(half)(?=\s+(?:of|the)\b)|one\s+(?:out\s+)?(?:of|in)\s+(?:every\s+)?(two|three|four|five|six|seven|eight|nine|ten|\d{1,3})\b)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled);
    private static readonly Regex OrdinalEn = new(
        @"\b(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)(?:[\s-]+(?:highest|largest|biggest|greatest)|\s+place)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled);
    private static readonly Regex FirstIn = new(@"(日本|世界|全国|全國|中国|中國|全球)一(?![一二三四五六七八九十百千万萬亿億位名])", RegexOptions.CultureInvariant | RegexOptions.Compiled);
    private static readonly Regex YearNumber = new(@"(?<![\d.,/:])(1[6-9]\d\d|20\d\d)(?![\d/:])", RegexOptions.CultureInvariant | RegexOptions.Compiled);
    private static readonly Regex HistoryZh = new(@"(?<![\d.])(\d{1,3})(多|余)?\s*年(来|以来|的历史|的歷史|の歴史|歴史|历史|歷史)", RegexOptions.CultureInvariant | RegexOptions.Compiled);
    private static readonly Regex HistoryEn = new(@"\b(?:(over|more than|nearly|about|some)\s+)?(\d{1,3})\s+years\s+of\s+history\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled);

    /// <summary>Creates an extractor.</summary>
    public FigureExtractor(ExtractionOptions? options = null) => Options = options ?? ExtractionOptions.Default;

    /// <summary>The options.</summary>
    public ExtractionOptions Options { get; }

    /// <summary>
    /// The candidate figures of <paramref name="text"/>, in text order. Never throws for any text (random bytes,
    /// unpaired surrogates, megabyte lines): what is not a figure is skipped. Time and output are linear in the text
    /// length: each quote is <c>text[QuoteStart..QuoteEnd]</c>, the clause around the figure, at most 300 characters
    /// (a longer clause is narrowed around the figure). HTML (<see cref="ExtractionOptions.IsHtml"/>, or a text that
    /// starts with &lt;!doctype or &lt;html) is read without its tags, attributes, comments, scripts and styles, and
    /// spans index the raw input.
    /// </summary>
    /// <param name="text">The article text, or the raw HTML page.</param>
    /// <param name="article">What the text is; its title, URL and publisher go into each candidate's source, its publication date dates figures that state no year.</param>
    public IReadOnlyList<CandidateFigure> Extract(string text, ArticleInfo article)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(article);
        bool html = Options.IsHtml || HtmlArticle.IsHtml(text);
        string articleText = html ? HtmlArticle.Mask(text) : text;
        var norm = NormalizedText.Create(articleText, html);
        var doc = new Document(norm.Text);
        var raws = FindFigures(doc.Text);
        string? articlePlace = MostNamedPlace(articleText + "\n" + article.Title);
        var result = new List<CandidateFigure>();
        for (int k = 0; k < raws.Count; k++)
        {
            var raw = raws[k];
            int prevEnd = k > 0 ? raws[k - 1].End : 0;
            int nextStart = k + 1 < raws.Count ? raws[k + 1].Start : doc.Text.Length;
            var candidate = Judge(doc, norm, text, raws, k, prevEnd, nextStart, k > 0 ? raws[k - 1] : null, article, articlePlace);
            if (candidate is not null && candidate.ExtractionConfidence >= Options.MinimumConfidence) result.Add(candidate);
        }
        return result;
    }

    // ---------------------------------------------------------------- finding figures

    private enum RawKind : byte { Parsed, Fraction, Ordinal, FirstIn, YearEvent, History }

    private sealed record RawFigure(RawKind Kind, QualifiedQuantity Figure, int Start, int End, int NumberStart, int NumberEnd, string UnitWord, bool CjkNumeralOnly, bool RankFollower)
    {
        public bool FromNoun { get; init; }
        public bool EmployVerb { get; init; }
    }

    private List<RawFigure> FindFigures(string t)
    {
        var specials = new List<RawFigure>();
        foreach (Match m in FractionZh.Matches(t))
        {
            int den = SmallChineseNumber(m.Groups[1].Value), num = SmallChineseNumber(m.Groups[2].Value);
            if (den > 0 && num > 0 && num < den) specials.Add(BoundedFraction(t, num, den, m.Index, m.Length));
        }
        foreach (Match m in FractionEn.Matches(t))
        {
            var (num, den) = m.Groups[2].Success ? (NumberWordValue(m.Groups[1].Value), DenominatorValue(m.Groups[2].Value))
                : m.Groups[3].Success ? (1, 2) : (1, NumberWordValue(m.Groups[4].Value));
            if (m.Groups[2].Success && m.Groups[1].Value.Equals("a", StringComparison.OrdinalIgnoreCase)) num = 1;
            if (den > 1 && num > 0 && num < den) specials.Add(BoundedFraction(t, num, den, m.Index, m.Length));
        }
        foreach (Match m in OrdinalEn.Matches(t))
        {
            int rank = NumberWordValue(m.Groups[1].Value);
            specials.Add(new RawFigure(RawKind.Ordinal, new QualifiedQuantity(new Quantity(rank, Unit.Rank)), m.Index, m.Index + m.Length, m.Index, m.Index + m.Length, m.Value, false, true));
        }
        foreach (Match m in FirstIn.Matches(t))
        {
            specials.Add(new RawFigure(RawKind.FirstIn, new QualifiedQuantity(new Quantity(1, Unit.Rank)), m.Index, m.Index + m.Length, m.Index + m.Length - 1, m.Index + m.Length, m.Value, false, true));
        }
        foreach (Match m in HistoryZh.Matches(t))
        {
            var q = m.Groups[2].Success ? Qualifier.AtLeast : Qualifier.Exact;
            specials.Add(new RawFigure(RawKind.History, new QualifiedQuantity(new Quantity(int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture), Years), q),
                m.Index, m.Index + m.Length, m.Index, m.Index + m.Groups[1].Length, m.Value, false, false));
        }
        foreach (Match m in HistoryEn.Matches(t))
        {
            var q = m.Groups[1].Success ? (m.Groups[1].Value.ToLowerInvariant() is "nearly" ? Qualifier.Nearly : m.Groups[1].Value.ToLowerInvariant() is "about" or "some" ? Qualifier.Approximately : Qualifier.AtLeast) : Qualifier.Exact;
            specials.Add(new RawFigure(RawKind.History, new QualifiedQuantity(new Quantity(int.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture), Years), q),
                m.Index, m.Index + m.Length, m.Groups[2].Index, m.Groups[2].Index + m.Groups[2].Length, m.Value, false, false));
        }
        foreach (Match m in YearNumber.Matches(t))
        {
            int y = int.Parse(m.Value, CultureInfo.InvariantCulture);
            int end = m.Index + m.Length;
            if (end < t.Length && (t[end] is '月' or '-' or '–' or '～' or '~' or '年' && end + 1 < t.Length && (char.IsAsciiDigit(t[end + 1]) || t[end + 1] is '代' or '度' or '前'))) continue;
            specials.Add(new RawFigure(RawKind.YearEvent, new QualifiedQuantity(new Quantity(y, Year)), m.Index, end, m.Index, end, m.Value, false, false));
        }
        specials.Sort((a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : b.End.CompareTo(a.End));
        var kept = new List<RawFigure>();
        foreach (var s in specials)
        {
            if (kept.Count > 0 && s.Start < kept[^1].End) continue;
            kept.Add(s);
        }

        // Quantities read by the figure parser, outside the special figures.
        var all = new List<RawFigure>(kept);
        int specialIndex = 0, lastEnd = 0;
        int n = t.Length;
        var parse = Options.Parse;
        var pendingOptions = parse with { DefaultUnit = Pending };
        for (int i = 0; i < n;)
        {
            while (specialIndex < kept.Count && kept[specialIndex].End <= i) specialIndex++;
            if (specialIndex < kept.Count && kept[specialIndex].Start <= i)
            {
                i = lastEnd = Math.Max(i + 1, kept[specialIndex].End);
                continue;
            }
            if (!IsNumberStart(t, i))
            {
                i++;
                continue;
            }
            if (SpaceGroupedEnd(t, i) is int grouped)
            {
                // "3 500 firms": 3,500 grouped with a plain space, or 3 and then 500? Neither is proposed.
                i = grouped;
                continue;
            }
            int limit = specialIndex < kept.Count ? kept[specialIndex].Start : n;
            var found = TryParseNear(t, i, lastEnd, parse);
            if (found is { } fm && fm.End <= limit)
            {
                var (settled, settledEnd) = Settle(t, fm);
                if (settled is not null) all.Add(settled);
                i = lastEnd = settledEnd;
                continue;
            }
            var pending = TryParseNear(t, i, lastEnd, pendingOptions);
            if (pending is { } rm && rm.End <= limit && rm.Figure.Unit == Pending && RangeAfter(t, rm, limit, parse, pendingOptions) is var (range, rangeEnd))
            {
                // "1.5 billion to 2 billion pairs", "between 2,000 and 3,000 firms": one range, or nothing when its
                // bounds do not read alike; never two exact figures, nor the high bound alone.
                if (range is not null) all.Add(range);
                i = lastEnd = rangeEnd;
                continue;
            }
            if (pending is { } pm && pm.End <= limit && pm.Figure.Unit == Pending && WithNoun(t, pm, limit) is { } withNoun)
            {
                all.Add(withNoun);
                i = lastEnd = withNoun.End;
                continue;
            }
            // Not a figure: skip the whole number, scale words included, so that a refused number (3亿5亿双, 三四万五千)
            // is never read again from its middle.
            // A number joined to it by a range word (2万到3万人, 200、300家) is part of the refused text too.
            int j = i;
            while (true)
            {
                while (j < n && (IsNumeralChar(t[j]) || IsScaleChar(t[j]))) j++;
                if (j + 1 < n && t[j] is '-' or '–' or '—' or '~' or '～' or '〜' or '至' or '到' or '、' && IsNumeralChar(t[j + 1]) && j > i) j++;
                else break;
            }
            i = Math.Max(j, i + 1);
        }
        all.Sort((a, b) => a.Start.CompareTo(b.Start));
        return all;
    }

    /// <summary>
    /// The figure the parser read at <paramref name="m"/>, judged by the text right after it, which the parser does not
    /// see: digits or numerals that continue the number (6割5分 is 65 %, 三成五 is 35 %) refuse it, as the parser read
    /// only its head; 弱 (a little less) makes it nearly and 強/强 (a little more) at least (1億足弱, 6割強).
    /// "went up to 26 billion" is a level reached, not a bound. A dot and exactly three digits outside text read as
    /// Italian (12.000 firms) is a decimal or a grouping: refused. Returns the figure or null, and where to go on.
    /// </summary>
    private static (RawFigure? Figure, int End) Settle(string t, FigureMatch m)
    {
        var raw = FromMatch(t, m);
        int end = m.End;
        if (end < t.Length)
        {
            char next = t[end];
            if (char.IsAsciiDigit(next) || next is >= '０' and <= '９' || ChineseNumeral(next) && m.Figure.Unit == Unit.Percent)
            {
                int j = end;
                while (j < t.Length && (IsNumeralChar(t[j]) || IsScaleChar(t[j]) || t[j] is '.' or ',')) j++;
                return (null, j);
            }
            if (next is '弱' or '強' or '强')
            {
                if (m.Figure.Qualifier != Qualifier.Exact || m.Figure.ValueHigh is not null) return (null, end + 1);
                var bound = next == '弱' ? Qualifier.Nearly : Qualifier.AtLeast;
                return (raw with { Figure = new QualifiedQuantity(m.Figure.Quantity, bound, m.Figure.IsTarget), End = end + 1 }, end + 1);
            }
        }
        if (DotThousands(t, raw.NumberStart, raw.NumberEnd) && !(raw.UnitWord.Length > 0 && IsCjk(raw.UnitWord[0]))) return (null, end);
        if (m.Figure.Qualifier == Qualifier.AtMost && LevelReached(t, m)) return (raw with { Figure = new QualifiedQuantity(m.Figure.Quantity, Qualifier.Exact, m.Figure.IsTarget) }, end);
        return (raw, end);
    }

    /// <summary>Whether the number is digits, a dot and exactly three digits with no comma grouping: "12.000", "1.500 billion".</summary>
    private static bool DotThousands(string t, int start, int end)
    {
        int dot = t.IndexOf('.', start, end - start);
        if (dot < 0 || t.IndexOf(',', start, dot - start) >= 0) return false;
        int k = dot + 1;
        while (k < end && char.IsAsciiDigit(t[k])) k++;
        return k - dot - 1 == 3;
    }

    /// <summary>"went up to", "rose up to": the figure after "up to" is the level reached, not a bound.</summary>
    private static bool LevelReached(string t, FigureMatch m)
    {
        int e = m.Start;
        while (e > 0 && t[e - 1] == ' ') e--;
        if (!t.AsSpan(m.Start, m.NumberStart - m.Start).TrimEnd().Equals("up to", StringComparison.OrdinalIgnoreCase)) return false;
        int s = e;
        while (s > 0 && char.IsAsciiLetter(t[s - 1])) s--;
        var verb = t.AsSpan(s, e - s);
        foreach (var v in (ReadOnlySpan<string>)["went", "gone", "goes", "go", "rose", "risen", "rise", "rises", "climbed", "grew", "grown", "increased", "jumped", "soared", "surged", "shot", "moved"])
        {
            if (verb.Equals(v, StringComparison.OrdinalIgnoreCase)) return true;
        }
        return false;
    }

    private static FigureMatch? TryParseNear(string t, int numberStart, int lastEnd, FigureParseOptions options)
    {
        for (int s = Math.Max(lastEnd, numberStart - 14); s <= numberStart; s++)
        {
            if (s < numberStart && t[s] is ' ' or '\n' or '\r' or '\t') continue;
            var r = QualifiedQuantity.TryParseAt(t, s, options);
            if (r.TryGetValue(out var m))
            {
                if (m.NumberStart == numberStart) return m;
                continue;
            }
            // A figure refused for its words before the number (不到2万多人, over 3 million pairs or less, 超过三四万人,
            // $3亿元) is refused whole: read again from the number on, it would lose the word that made it wrong.
            if (s >= numberStart) continue;
            if (r.Position >= numberStart && !HasNumeral(t, s, numberStart)) return null;
            // Two words before the number that contradict each other (不到约2万人).
            if (r.Expected is { } expected && expected.StartsWith(FigureParser.ExpectedOneQualifier, StringComparison.Ordinal)
                && QualifiedQuantity.TryParseAt(t, r.Position, options).TryGetValue(out var rest) && rest.NumberStart == numberStart)
                return null;
        }
        return null;
    }

    private static RawFigure FromMatch(string t, FigureMatch m)
    {
        string numberText = t.Substring(m.NumberStart, m.NumberLength);
        bool cjkOnly = !numberText.Any(c => char.IsAsciiDigit(c) || c is >= '０' and <= '９');
        string unitWord = m.UnitStart >= 0 ? t.Substring(m.UnitStart, m.UnitLength) : "";
        bool follower = m.End > m.NumberStart + m.NumberLength && m.Figure.Unit == Unit.Rank;
        return new RawFigure(RawKind.Parsed, m.Figure, m.Start, m.End, m.NumberStart, m.NumberStart + m.NumberLength, unitWord, cjkOnly, follower);
    }

    /// <summary>
    /// When the number <paramref name="m"/> (no unit) is followed by a range word (- – — to; and, after between) and a
    /// second number: the range figure in the unit of the second, or null (with the end of the second number) when the
    /// two do not make an honest range: "2 to 3 billion" (does 2 mean 2 billion?), "from 200 to 300" (a change or a
    /// range?), bounds with a qualifier, or a
    /// high bound not above the low one. Null as a whole when no range word and number follow.
    /// </summary>
    private static (RawFigure? Range, int End)? RangeAfter(string t, FigureMatch m, int limit, FigureParseOptions parse, FigureParseOptions pendingOptions)
    {
        int p = SkipBlanks(t, m.End);
        if (p >= limit) return null;
        if (t[p] is '-' or '–' or '—') p++;
        else if (WordAt(t, p, "to")) p += 2;
        else if (WordAt(t, p, "and") && EndsWithWord(t, m.Start, "between")) p += 3;
        else return null;
        int q = SkipBlanks(t, p);
        if (q >= limit || !char.IsAsciiDigit(t[q])) return null;
        var high = QualifiedQuantity.TryParseAt(t, q, parse);
        FigureMatch hm;
        RawFigure? highRaw;
        if (high.TryGetValue(out var h) && h.End <= limit)
        {
            hm = h;
            highRaw = FromMatch(t, h);
        }
        else
        {
            var pendingHigh = QualifiedQuantity.TryParseAt(t, q, pendingOptions);
            if (!pendingHigh.TryGetValue(out var ph) || ph.End > limit) return (null, Math.Max(q + 1, m.End));
            hm = ph;
            highRaw = WithNoun(t, ph, limit);
            if (highRaw is null) return (null, ph.End);
        }
        static bool Scaled(string t, FigureMatch f) => t.AsSpan(f.NumberStart, f.NumberLength).ContainsAnyInRange('A', 'z');
        var low = m.Figure;
        var top = highRaw.Figure;
        // "went from 200 to 300 firms" is a change between two levels, not a range of one.
        if (EndsWithWord(t, m.Start, "from")) return (null, highRaw.End);
        if (low.Qualifier != Qualifier.Exact || top.Qualifier != Qualifier.Exact || Scaled(t, m) != Scaled(t, hm) || low.Value >= top.Value || hm.Start != q)
        {
            return (null, highRaw.End);
        }
        var figure = new QualifiedQuantity(new Quantity(low.Value, top.Unit), top.Value, top.IsTarget);
        return (highRaw with { Kind = RawKind.Parsed, Figure = figure, Start = m.Start, NumberStart = m.NumberStart }, highRaw.End);
    }

    private static int SkipBlanks(string t, int p)
    {
        while (p < t.Length && t[p] == ' ') p++;
        return p;
    }

    private static bool WordAt(string t, int p, string word) =>
        p + word.Length <= t.Length && string.Compare(t, p, word, 0, word.Length, StringComparison.OrdinalIgnoreCase) == 0
        && (p + word.Length == t.Length || !char.IsAsciiLetter(t[p + word.Length]));

    private static bool EndsWithWord(string t, int end, string word)
    {
        int e = end;
        while (e > 0 && t[e - 1] == ' ') e--;
        int s = e - word.Length;
        return s >= 0 && string.Compare(t, s, word, 0, word.Length, StringComparison.OrdinalIgnoreCase) == 0 && (s == 0 || !char.IsAsciiLetter(t[s - 1]));
    }

    /// <summary>A number without a unit word takes the unit of a count noun at most three words later ("200 socks factories", "9.181 a 5.310 lavoratori"), or persons after "employ".</summary>
    private static RawFigure? WithNoun(string t, FigureMatch m, int limit)
    {
        int pos = m.End;
        limit = Math.Min(limit, m.End + 60);
        // "1,000s of firms": a number glued to a word that is not its unit is not a count of the noun.
        if (pos < t.Length && char.IsAsciiLetter(t[pos])) return null;
        for (int word = 0; word < 4 && pos < limit; word++)
        {
            while (pos < limit && t[pos] == ' ') pos++;
            if (pos >= limit) break;
            // "1 million 200 thousand pairs": the noun counts the whole, not the first number alone.
            if (word == 0 && IsNumeralChar(t[pos])) return null;
            if (Nouns.TryMatchWord(t, pos, out var noun, out var unit))
            {
                var raw = FromMatch(t, m) with { Figure = m.Figure.WithUnit(unit), UnitWord = noun, End = m.End };
                return raw with { FromNoun = true };
            }
            int start = pos;
            while (pos < limit && (char.IsAsciiLetter(t[pos]) || t[pos] is '-' or '\'' or '’' || char.IsAsciiDigit(t[pos]) || t[pos] is '.' or ',' || (t[pos] > 0x7F && char.IsLetter(t[pos]) && !IsCjk(t[pos])))) pos++;
            if (pos == start) break;
        }
        // "employ about 600", "employing 7,000"
        int b = m.Start - 1;
        while (b >= 0 && t[b] == ' ') b--;
        int e = b + 1;
        while (b >= 0 && char.IsAsciiLetter(t[b])) b--;
        var verb = t[(b + 1)..e];
        if (verb.StartsWith("employ", StringComparison.OrdinalIgnoreCase))
        {
            return FromMatch(t, m) with { Figure = m.Figure.WithUnit(Unit.Persons), UnitWord = verb, EmployVerb = true };
        }
        return null;
    }

    /// <summary>
    /// A share in words with the qualifier written around it (超过三分之一, 三分之一以上, "more than a third", "nearly
    /// half"). A bound on a share that is not a whole tenth is rounded outwards, so that it still holds: more than a
    /// third is at least 33.3 %, nearly a third at most 33.4 %.
    /// </summary>
    private static RawFigure BoundedFraction(string t, int num, int den, int start, int length)
    {
        var bound = Qualifier.Exact;
        int s = start, e = start + length;
        for (int p = Math.Max(0, start - 14); p < start && bound == Qualifier.Exact; p++)
        {
            if (FigureWords.Prefixes.TryMatch(t, p, out var word, out int wordLength) && word.Kind == WordKind.Qualifier && SkipBlanks(t, p + wordLength) == start
                && (p == 0 || !char.IsAsciiLetter(t[p - 1])))
            {
                bound = word.Qualifier;
                s = p;
            }
        }
        int after = SkipBlanks(t, e);
        if (FigureWords.Suffixes.TryMatch(t, after, out var suffix, out int suffixLength) && suffix.Kind == WordKind.Qualifier && suffix.Qualifier != Qualifier.Range)
        {
            if (bound == Qualifier.Exact || bound == suffix.Qualifier) bound = suffix.Qualifier;
            else bound = Qualifier.Approximately;
            e = after + suffixLength;
        }
        else if (after < t.Length && t[after] is '多' or '强' or '強')
        {
            bound = bound == Qualifier.Exact ? Qualifier.AtLeast : Qualifier.Approximately;
            e = after + 1;
        }
        var raw = Fraction(num, den, s, e - s, t[s..e]);
        if (bound == Qualifier.Exact) return raw;
        decimal exact = 100m * num / den;
        decimal value = bound switch
        {
            Qualifier.AtLeast => Math.Floor(exact * 10m) / 10m,
            Qualifier.AtMost or Qualifier.Nearly => Math.Ceiling(exact * 10m) / 10m,
            _ => Math.Round(exact, 1, MidpointRounding.AwayFromZero),
        };
        return raw with { Figure = new QualifiedQuantity(new Quantity(value, Unit.Percent), bound), NumberStart = start, NumberEnd = start + length };
    }

    private static RawFigure Fraction(int num, int den, int start, int length, string text)
    {
        decimal exact = 100m * num / den;
        decimal rounded = Math.Round(exact, 1, MidpointRounding.AwayFromZero);
        var q = rounded == exact ? Qualifier.Exact : Qualifier.Approximately;
        return new RawFigure(RawKind.Fraction, new QualifiedQuantity(new Quantity(rounded, Unit.Percent), q), start, start + length, start, start + length, text, false, false);
    }

    private static bool IsNumberStart(string t, int i)
    {
        char c = t[i];
        if (!(char.IsAsciiDigit(c) || c is >= '０' and <= '９' || ChineseNumeral(c))) return false;
        // 几十, 数百: the scale after a vague numeral is not a number of its own.
        // 上千, 上百 ("thousands", "hundreds") likewise.
        if (i > 0 && t[i - 1] is '几' or '幾' or '数' or '數' or '上' && c is '十' or '百' or '千') return false;
        if (i > 0 && IsInvisibleBreak(t, i - 1))
        {
            // 22\u200B0亿双, 2\r20亿双: digits split by an invisible or control character are one broken number, not a
            // number of their own that starts after it (0亿 or 20亿 would be a wrong figure proposed as exact).
            int k = i - 1;
            while (k >= 0 && IsInvisibleBreak(t, k)) k--;
            if (k >= 0 && (IsNumeralChar(t[k]) || t[k] is '.' or ',' or '．' or '，')) return false;
        }
        // 3&nbsp;500 in a text that is not read as HTML: the reference joins one number; 500 alone would be wrong.
        if (i > 0 && t[i - 1] == ';' && AfterReferenceInNumber(t, i)) return false;
        if (i == 0) return true;
        // .5亿元, "produces .5 billion": a decimal point with no digit before it; the digits after it are not a whole
        // number (5亿 would be ten times the figure). "No.1" (a letter before the point) is a rank prefix.
        if (t[i - 1] is '.' or '．' && !(i >= 2 && char.IsAsciiLetter(t[i - 2]))) return false;
        if (IsNumeralChar(t[i - 1]) || t[i - 1] is ',' or '，' && i >= 2 && char.IsAsciiDigit(t[i - 2])) return false;
        return !AfterNumberAndSpace(t, i);
    }

    private static bool HasNumeral(string t, int start, int end)
    {
        for (int i = start; i < end; i++)
        {
            if (IsNumeralChar(t[i])) return true;
        }
        return false;
    }

    /// <summary>
    /// Whether the number at <paramref name="i"/> follows another number across spaces only: 1억 2천만 (one number in
    /// groups), "1 million 200 thousand", 2 2亿 (a broken or space-grouped number), or digits split by inline markup in
    /// HTML (&lt;b&gt;2&lt;/b&gt;2亿, masked to spaces). Read from here it would be the tail of a larger number.
    /// </summary>
    private static bool AfterNumberAndSpace(string t, int i)
    {
        int k = i - 1;
        while (k >= 0 && t[k] is ' ' or '\t' or '\u3000' or '\u00A0') k--;
        if (k == i - 1 || k < 0) return false;
        char c = t[k];
        if (char.IsAsciiDigit(c))
        {
            // "In 2023 500 firms": a year before a number is not a group of it.
            int y = k;
            while (y >= 0 && char.IsAsciiDigit(t[y])) y--;
            return !(k - y == 4 && (y < 0 || !(t[y] is '.' or ',')) && YearNumber.IsMatch(t.AsSpan(y + 1, 4)));
        }
        if (IsNumeralChar(c) || IsScaleChar(c)) return true;
        int e = k + 1;
        while (k >= 0 && char.IsAsciiLetter(t[k])) k--;
        return e - k - 1 > 0 && IsLatinScaleWord(t.AsSpan(k + 1, e - k - 1));
    }

    private static bool IsLatinScaleWord(ReadOnlySpan<char> word) =>
        word.Equals("hundred", StringComparison.OrdinalIgnoreCase) || word.Equals("thousand", StringComparison.OrdinalIgnoreCase)
        || word.Equals("million", StringComparison.OrdinalIgnoreCase) || word.Equals("billion", StringComparison.OrdinalIgnoreCase)
        || word.Equals("trillion", StringComparison.OrdinalIgnoreCase);

    private static bool IsScaleChar(char c) => c is '万' or '萬' or '亿' or '億' or '兆' or '만' or '억' or '조' or '几' or '幾';

    // A character that shows nothing and separates nothing for a reader: a format character (zero-width space, joiners,
    // direction marks) or a control character other than a tab or a line end (LF, or CR before LF).
    // Whether t[..i] ends with a character reference (&nbsp; &#46; &#x2c;) that follows a digit.
    private static bool AfterReferenceInNumber(string t, int i)
    {
        int amp = t.LastIndexOf('&', i - 2, Math.Min(i - 1, 34));
        if (amp < 1 || !char.IsAsciiDigit(t[amp - 1])) return false;
        var name = t.AsSpan(amp + 1, i - amp - 2);
        if (name.Length == 0) return false;
        if (name[0] == '#') name = name[1..] is [('x' or 'X'), .. var hex] ? hex : name[1..];
        foreach (var c in name) if (!char.IsAsciiLetterOrDigit(c)) return false;
        return name.Length > 0;
    }

    /// <summary>
    /// The end of a number at <paramref name="i"/> written as a group of one to three digits followed by groups of
    /// exactly three joined by single plain spaces ("3 500", "12 000 000"), which reads as one grouped number or as
    /// several; null when the number at <paramref name="i"/> is not such.
    /// </summary>
    private static int? SpaceGroupedEnd(string t, int i)
    {
        int j = i;
        while (j < t.Length && char.IsAsciiDigit(t[j])) j++;
        if (j - i is < 1 or > 3) return null;
        int end = -1;
        while (j + 4 <= t.Length && t[j] == ' ' && char.IsAsciiDigit(t[j + 1]) && char.IsAsciiDigit(t[j + 2]) && char.IsAsciiDigit(t[j + 3])
            && (j + 4 == t.Length || !char.IsAsciiDigit(t[j + 4])))
        {
            j += 4;
            end = j;
        }
        return end < 0 ? null : end;
    }

    private static bool IsInvisibleBreak(string t, int k)
    {
        char c = t[k];
        if (c is '\t' or '\n') return false;
        if (c == '\r') return k + 1 >= t.Length || t[k + 1] != '\n';
        var category = char.GetUnicodeCategory(c);
        return category is System.Globalization.UnicodeCategory.Format or System.Globalization.UnicodeCategory.Control;
    }

    private static bool IsNumeralChar(char c) => char.IsAsciiDigit(c) || c is >= '０' and <= '９' || ChineseNumeral(c);

    private static bool ChineseNumeral(char c) => c is '一' or '二' or '三' or '四' or '五' or '六' or '七' or '八' or '九' or '十' or '两' or '兩' or '〇' or '零' or '百' or '千';

    private static bool IsCjk(char c) => c is >= '\u3040' and <= '\u9FFF' or >= '\uAC00' and <= '\uD7AF' or >= '\uF900' and <= '\uFAFF' or >= '\uFF00' and <= '\uFFEF';

    private static int SmallChineseNumber(string s)
    {
        int total = 0, digit = 0;
        foreach (var c in s)
        {
            int d = c switch { '一' => 1, '二' or '两' or '兩' => 2, '三' => 3, '四' => 4, '五' => 5, '六' => 6, '七' => 7, '八' => 8, '九' => 9, _ => -1 };
            if (d >= 0) digit = d;
            else if (c == '十')
            {
                total += (digit == 0 ? 1 : digit) * 10;
                digit = 0;
            }
        }
        return total + digit;
    }

    private static int NumberWordValue(string word) => word.ToLowerInvariant() switch
    {
        "one" or "a" or "first" => 1,
        "two" or "second" => 2,
        "three" or "third" => 3,
        "four" or "fourth" => 4,
        "five" or "fifth" => 5,
        "six" or "sixth" => 6,
        "seven" or "seventh" => 7,
        "eight" or "eighth" => 8,
        "nine" or "ninth" => 9,
        "ten" or "tenth" => 10,
        var w when int.TryParse(w, NumberStyles.None, CultureInfo.InvariantCulture, out int v) => v,
        _ => 0,
    };

    private static int DenominatorValue(string word) => word.ToLowerInvariant() switch
    {
        "half" => 2,
        "third" or "thirds" => 3,
        "quarter" or "quarters" => 4,
        "fifth" or "fifths" => 5,
        _ => 10,
    };

    // ---------------------------------------------------------------- judging one figure

    private sealed class Evidence(string text)
    {
        public readonly List<(int Pos, string Word, Cue Value)> Near = [];
        public readonly List<(int Pos, string Word, Cue Value)> Wide = [];
        public readonly List<string> Reasons = [];
        public string Text => text;
        public int CueFrom = int.MaxValue, CueTo = -1;

        public (int Pos, string Word, Cue Cue, bool IsNear)? Find(params CueKind[] kinds)
        {
            foreach (var (list, near) in new[] { (Near, true), (Wide, false) })
            {
                foreach (var h in list)
                {
                    if (Array.IndexOf(kinds, h.Value.Kind) >= 0) return (h.Pos, h.Word, h.Value, near);
                }
            }
            return null;
        }

        public bool Has(params CueKind[] kinds) => Find(kinds) is not null;

        public void Use((int Pos, string Word, Cue Cue, bool IsNear) hit)
        {
            CueFrom = Math.Min(CueFrom, hit.Pos);
            CueTo = Math.Max(CueTo, hit.Pos + hit.Word.Length);
        }
    }

    private CandidateFigure? Judge(Document doc, NormalizedText norm, string original, List<RawFigure> raws, int index, int prevEnd, int nextStart, RawFigure? previous, ArticleInfo article, string? articlePlace)
    {
        string t = doc.Text;
        var raw = raws[index];
        var (sentStart, sentEnd) = doc.Sentence(raw.Start);
        var (clauseStart, clauseEnd) = doc.Clause(raw.Start, raw.End);
        int wideFrom = Math.Max(Math.Max(prevEnd, sentStart), raw.Start - Reach);
        int wideTo = Math.Min(Math.Min(nextStart, sentEnd), raw.End + Reach);
        int nearFrom = Math.Max(wideFrom, clauseStart), nearTo = Math.Min(wideTo, clauseEnd);
        var ev = new Evidence(t);
        ExtractionWords.Cues.FindAll(t, nearFrom, raw.Start, ev.Near);
        ExtractionWords.Cues.FindAll(t, raw.End, nearTo, ev.Near);
        // Nearest first: words just before the figure, then just after.
        ev.Near.Sort((a, b) => Distance(a.Pos, raw).CompareTo(Distance(b.Pos, raw)));
        var wide = new List<(int Pos, string Word, Cue Value)>();
        ExtractionWords.Cues.FindAll(t, wideFrom, nearFrom, wide);
        ExtractionWords.Cues.FindAll(t, nearTo, wideTo, wide);
        wide.Sort((a, b) => Distance(a.Pos, raw).CompareTo(Distance(b.Pos, raw)));
        ev.Wide.AddRange(wide);

        if (raw.Kind == RawKind.Parsed && (Excluded(t, raw, ev, previous) is not null || IsFigureOfSpeech(t, raw) || ChangeNotLevel(doc, raw) is not null)) return null;
        var verdict = Classify(raw, ev);
        if (verdict is null) return null;
        var (indicator, scope, score, cap) = verdict.Value;
        // A flow stated per day, week or month is not the annual figure; a part of a year is kept with its months.
        bool flow = raw.Figure.Unit == Unit.Pairs || raw.Figure.Unit.IsMoney;
        if (flow && RateWord(doc, raw) is not null) return null;
        var partOfYear = flow ? PartOfYear(doc, raw) : null;

        // Place
        string regionId;
        decimal placeScore;
        if (FindPlace(t, wideFrom, wideTo, raw) is { } place)
        {
            regionId = place.Id;
            placeScore = 0.1m;
            ev.Reasons.Add($"place {place.Name} ({place.Id})");
            if (place.Pos >= nearFrom && place.Pos < nearTo) ev.Use((place.Pos, place.Name, new Cue(place.Name, CueKind.Industry, false), true));
        }
        else if (FindPlace(t, Math.Max(sentStart, raw.Start - 2 * Reach), Math.Min(sentEnd, raw.End + 2 * Reach), raw) is { } inSentence)
        {
            regionId = inSentence.Id;
            placeScore = 0.05m;
            ev.Reasons.Add($"place {inSentence.Name} ({inSentence.Id}) in the sentence");
        }
        else if (articlePlace is not null)
        {
            regionId = articlePlace;
            placeScore = 0m;
            ev.Reasons.Add($"place: the text's main place ({articlePlace})");
        }
        else
        {
            regionId = Options.FallbackRegionId;
            placeScore = -0.1m;
            ev.Reasons.Add($"place: none named ({regionId})");
        }

        // Year
        var (year, basis, yearReason) = raw.Kind == RawKind.YearEvent
            ? (ReferenceYear.Exact((int)raw.Figure.Value), YearBasis.Stated, "year: the figure itself")
            : FindYear(doc, raws, index, article);
        ev.Reasons.Add(yearReason);
        ReferencePeriod? period = null;
        if (partOfYear is { } part)
        {
            // Months without a single year to be part of are not proposed: a whole-year reading would be wrong.
            if (year.IsRange || year.From is not int periodYear) return null;
            period = ReferencePeriod.Months(periodYear, part.First, part.Last);
            ev.Reasons.Add($"period {period}: {part.Word}");
        }

        decimal confidence = Math.Min(cap, Math.Max(0m, score + placeScore + (basis == YearBasis.Stated && raw.Kind != RawKind.YearEvent ? 0.05m : 0m)));
        confidence = Math.Round(confidence, 2, MidpointRounding.AwayFromZero) + 0.00m;

        bool target = raw.Figure.IsTarget || ev.Find(CueKind.Target) is { IsNear: true };
        if (target && !raw.Figure.IsTarget) ev.Reasons.Add("target: " + ev.Find(CueKind.Target)!.Value.Word);

        // Quote: the clause, widened to the words that decided the indicator.
        int qs = Math.Min(clauseStart, Math.Min(raw.Start, ev.CueFrom));
        int qe = Math.Max(clauseEnd, Math.Max(raw.End, ev.CueTo));
        (qs, qe) = Trim(t, qs, qe);
        int oqs = norm.ToOriginal(qs), oqe = Math.Max(oqs, norm.EndToOriginal(qe));
        int ofs = norm.ToOriginal(raw.Start), ofe = Math.Max(ofs, norm.EndToOriginal(raw.End));
        if (ofe - ofs > MaxQuoteLength) return null;
        (oqs, oqe) = Narrow(original, oqs, oqe, ofs, ofe);
        var quote = original[oqs..oqe];
        var source = new Source(article.Title, article.Url, article.Publisher ?? "", article.Published, quote, Options.SourceConfidence);
        // A value impossible for its unit and indicator (a share above 100 %) is no figure to propose.
        if (FigureDomain.Expected(new Indicator(indicator), raw.Figure.Quantity.Unit, raw.Figure.Quantity.Value) is not null
            || (raw.Figure.ValueHigh is decimal rh && FigureDomain.Expected(new Indicator(indicator), raw.Figure.Quantity.Unit, rh) is not null)) return null;
        var figure = new Figure(regionId, new Indicator(indicator), raw.Figure.Quantity, raw.Figure.Qualifier, target, scope, year, source)
        {
            ValueHigh = raw.Figure.ValueHigh,
            Period = period,
        };
        return new CandidateFigure(figure, confidence, string.Join("; ", ev.Reasons), oqs, oqe, ofs, ofe, basis);
    }

    /// <summary>
    /// The quote span [<paramref name="qs"/>, <paramref name="qe"/>) narrowed to at most <see cref="MaxQuoteLength"/>
    /// characters around the figure [<paramref name="fs"/>, <paramref name="fe"/>), which it always contains, without
    /// splitting a surrogate pair.
    /// </summary>
    internal static (int Start, int End) Narrow(string text, int qs, int qe, int fs, int fe)
    {
        qs = Math.Min(qs, fs);
        qe = Math.Max(qe, fe);
        if (qe - qs <= MaxQuoteLength) return (qs, qe);
        int spare = MaxQuoteLength - (fe - fs);
        int start = Math.Max(qs, fs - spare / 2);
        int end = Math.Min(qe, start + MaxQuoteLength);
        start = Math.Max(qs, end - MaxQuoteLength);
        if (start > qs && start < text.Length && char.IsLowSurrogate(text[start]) && start < fs) start++;
        if (end < qe && end > 0 && char.IsHighSurrogate(text[end - 1]) && end > fe) end--;
        return (start, end);
    }

    private static int Distance(int pos, RawFigure raw) => pos < raw.Start ? raw.Start - pos : pos - raw.End + 1;

    private static string? Excluded(string t, RawFigure raw, Evidence ev, RawFigure? previous)
    {
        int ns = raw.NumberStart, ne = raw.NumberEnd;
        // Single-character numerals used as articles: 一人一人, 一家, 一社 (ranks with 第 stay).
        if (raw.CjkNumeralOnly && raw.Figure.Value < 10 && raw.Figure.Unit != Unit.Rank) return "numeral used as an article";
        // Dates, times, phone numbers, codes: digits joined by / : - to other digits.
        if (ns > 0 && t[ns - 1] is '/' or ':' or '：' or '#' or '＃') return "part of a date, time or code";
        if (ns > 1 && t[ns - 1] is '-' or '－' && char.IsAsciiDigit(t[ns - 2])) return "part of a phone number or range";
        // 010-12345678 reads as a range; a leading zero makes it a code.
        if (raw.Figure.ValueHigh is not null && t[ns] == '0' && ns + 1 < ne && char.IsAsciiDigit(t[ns + 1])) return "a code with a leading zero";
        if (ne + 1 < t.Length && t[ne] is '/' or ':' or '-' or '－' && char.IsAsciiDigit(t[ne + 1])) return "part of a date, time or phone number";
        if (ev.Find(CueKind.Phone) is { IsNear: true } phone && raw.Start - phone.Pos is > 0 and < 16) return "phone number";
        // List numbers: "1." "2)" at a line start, "(3)".
        int ls = raw.Start;
        while (ls > 0 && t[ls - 1] is ' ' or '\t' or '\u3000') ls--;
        if ((ls == 0 || t[ls - 1] == '\n') && ne < t.Length && t[ne] is '.' or ')' or '）' or '、' or '．' && raw.Figure.Unit == Pending) return "list number";
        if (ns > 0 && t[ns - 1] is '(' or '（' && ne < t.Length && t[ne] is ')' or '）') return "list number";
        // Signed numbers are changes: -25,1%, +5%.
        if (raw.Start > 0 && t[raw.Start - 1] is '-' or '+' or '−' or '＋' && raw.Figure.Unit == Unit.Percent) return "a change, not a level";
        // Growth and changes: 增长15%, "rose by 6.9 per cent", "increase of 3 billion".
        foreach (var h in ev.Near)
        {
            if (h.Value.Kind == CueKind.Growth && h.Pos < raw.Start && raw.Start - (h.Pos + h.Word.Length) <= 12) return "growth";
        }
        // A currency conversion in brackets after another amount: 50억 위안(약 9533억 원), 75 billion yuan ($11.14 billion).
        if (raw.Figure.Unit.IsMoney && previous is not null && previous.Figure.Unit.IsMoney)
        {
            int b = raw.Start - 1;
            while (b >= 0 && t[b] == ' ') b--;
            if (b >= 0 && t[b] is '(' or '（' && b - previous.End <= 3) return "currency conversion";
        }
        return null;
    }

    private (string Indicator, string? Scope, decimal Score, decimal Cap)? Classify(RawFigure raw, Evidence ev)
    {
        var unit = raw.Figure.Unit;
        var r = ev.Reasons;
        string unitNote = raw.Kind switch
        {
            RawKind.Fraction => $"share in words {raw.UnitWord}",
            RawKind.Ordinal or RawKind.FirstIn => $"rank word {raw.UnitWord}",
            RawKind.YearEvent => $"year {raw.UnitWord}",
            RawKind.History => $"history {raw.UnitWord}",
            _ when raw.EmployVerb => $"persons after '{raw.UnitWord}'",
            _ when raw.FromNoun => $"noun {raw.UnitWord} ({unit.Code})",
            _ => $"unit {raw.UnitWord} ({unit.Code})",
        };
        r.Add(unitNote);
        const decimal Base = 0.45m, NearCue = 0.35m, WideCue = 0.2m, Implied = 0.15m, Max = 0.95m, UserCap = 0.6m;
        decimal Score((int Pos, string Word, Cue Cue, bool IsNear)? hit, string meaning)
        {
            if (hit is not { } h) return Base + Implied;
            ev.Use(h);
            r.Add($"indicator {h.Word} ({meaning})");
            return Base + (h.IsNear ? NearCue : WideCue);
        }

        switch (raw.Kind)
        {
            case RawKind.YearEvent:
            {
                var designation = ev.Find(CueKind.Designation);
                var founding = ev.Find(CueKind.Founding);
                var hit = designation is { IsNear: true } ? designation : founding is { IsNear: true } ? founding : null;
                if (hit is null) return null;
                ev.Use(hit.Value);
                r.Add($"indicator {hit.Value.Word} ({(hit == designation ? "title" : "founding")})");
                return (hit == designation ? "designation_year" : "founding_year", null, 0.55m, UserCap);
            }
            case RawKind.History:
            {
                var industry = ev.Find(CueKind.Industry);
                if (industry is null) return null;
                r.Add($"about {industry.Value.Word}");
                return ("history_years", null, 0.35m, 0.35m);
            }
        }

        if (unit == Unit.Pairs)
        {
            if (ev.Find(CueKind.Export) is { } ex) return ("export_volume", null, Score(ex, "exports"), UserCap);
            if (ev.Find(CueKind.Import) is { } im) return ("import_volume", null, Score(im, "imports"), UserCap);
            var prod = ev.Find(CueKind.Production, CueKind.Capacity);
            string? scope = ev.Find(CueKind.Capacity) is not null ? "capacity" : null;
            if (scope is not null) ev.Use(ev.Find(CueKind.Capacity)!.Value);
            if (prod is null) r.Add("indicator: pairs (no production word)");
            return ("pairs_per_year", scope, Score(prod, "production"), Max);
        }
        if (unit.IsMoney)
        {
            if (ev.Find(CueKind.Export) is { } ex)
            {
                string? scope = ev.Find(CueKind.Direct) is { IsNear: true } ? "direct exports" : null;
                return ("export_value", scope, Score(ex, "exports"), Max);
            }
            if (ev.Find(CueKind.Import) is { } im) return ("import_value", null, Score(im, "imports"), UserCap);
            if (ev.Find(CueKind.OutputValue) is { } ov) return ("output_value", null, Score(ov, "output value"), Max);
            r.Add("indicator: none named, review");
            return ("amount", null, 0.3m, 0.3m);
        }
        if (unit == Unit.Firms)
        {
            string? scope = ev.Find(CueKind.Related) is { IsNear: true } ? "related firms" : ev.Find(CueKind.Supporting) is { IsNear: true } ? "supporting firms"
                : ev.Find(CueKind.AboveSize) is { IsNear: true } ? "above designated size" : null;
            if (ev.Find(CueKind.Show) is { IsNear: true } show) return ("brand_show_firms", scope, Score(show, "show"), UserCap);
            var firm = ev.Find(CueKind.FirmWord);
            if (firm is null && IsFirmWord(raw.UnitWord)) return ("firm_count", scope, Base + NearCue, Max);
            return ("firm_count", scope, Score(firm, "firms"), Max);
        }
        if (unit == Unit.Persons)
        {
            var job = ev.Find(CueKind.Employment);
            if (job is null && (raw.EmployVerb || IsEmploymentWord(raw.UnitWord))) return ("employees", null, Base + NearCue, Max);
            if (job is not null) return ("employees", null, Score(job, "employment"), Max);
            if (ev.Find(CueKind.Population) is { } pop) return ("population", null, Score(pop, "population"), UserCap);
            return null;
        }
        if (unit == Unit.Machines)
        {
            var machine = ev.Find(CueKind.Machine);
            if (machine is null && raw.UnitWord.StartsWith("machine", StringComparison.OrdinalIgnoreCase)) return ("knitting_machines", null, Base + Implied, Max);
            return machine is null ? null : ("knitting_machines", null, Score(machine, "machines"), Max);
        }
        if (unit == Unit.Percent)
        {
            var world = ev.Find(CueKind.World);
            var national = ev.Find(CueKind.National);
            var european = ev.Find(CueKind.European);
            var regional = ev.Find(CueKind.Regional);
            var export = ev.Find(CueKind.Export);
            var share = ev.Find(CueKind.ShareVerb);
            // English states the area after the figure ("35 percent of the global market"): prefer the nearer word.
            var area = new[] { world, european, national, regional }.Where(a => a is not null).OrderBy(a => a!.Value.IsNear ? 0 : 1)
                .ThenBy(a => Distance(a!.Value.Pos, raw)).FirstOrDefault();
            if (area is null && share is null && raw.Kind != RawKind.Fraction) return null;
            if (area is null && share is null) return null;
            string kind = area is null ? "national" : area.Value.Cue.Kind switch
            {
                CueKind.World => "world",
                CueKind.European => "european",
                CueKind.Regional => "regional",
                _ => "national",
            };
            string name = export is { IsNear: true } ? kind + "_export_share" : kind + "_share";
            if (area is null)
            {
                r.Add("area: none named, assumed national");
                ev.Use(share!.Value);
                return (name, null, Base + WideCue, 0.6m);
            }
            if (export is { IsNear: true }) ev.Use(export.Value);
            return (name, null, Score(area, kind + " share"), name is "national_share" or "world_share" ? Max : UserCap);
        }
        if (unit == Unit.Rank)
        {
            bool ordinal = raw.Kind is RawKind.Ordinal or RawKind.FirstIn;
            bool fromPrefix = raw.UnitWord is "第" or "no." or "No.";
            int after = raw.End;
            if (!ordinal && fromPrefix && !raw.RankFollower) return null; // 第一に, 第二, 第一動力: list order or ordinal words
            if (!raw.RankFollower && after < ev.Text.Length && ev.Text[after] is 'に' or '、' or '，' or ',' or '：' or ':') return null;
            var area = raw.Kind == RawKind.FirstIn ? null : ev.Find(CueKind.National, CueKind.World);
            var ranking = ev.Find(CueKind.Ranking);
            string areaName;
            if (raw.Kind == RawKind.FirstIn) areaName = raw.UnitWord.StartsWith('世') || raw.UnitWord.StartsWith("全球", StringComparison.Ordinal) ? "world" : "national";
            else if (area is { } a) areaName = a.Cue.Kind == CueKind.World ? "world" : "national";
            else if (ranking is not null) areaName = "";
            else return null;
            string? product = ev.Find(CueKind.Cotton) is not null ? "cotton socks" : null;
            if (product is not null) ev.Use(ev.Find(CueKind.Cotton)!.Value);
            string? scope = areaName.Length == 0 ? product : product is null ? areaName : areaName + ", " + product;
            var hit = area ?? ranking;
            return ("rank", scope, hit is null ? Base + NearCue : Score(hit, areaName.Length == 0 ? "ranking" : areaName + " rank"), Max);
        }
        if (unit.IsCount && unit.Code == "projects")
        {
            if (ev.Find(CueKind.Signed) is { } signed) return ("signed_projects", null, Score(signed, "signed"), UserCap);
            return ("projects", null, Base, 0.45m);
        }
        if (unit.Kind == UnitKind.Derived)
        {
            r.Add("indicator: a ratio, review");
            return ("unit_value", null, 0.35m, 0.35m);
        }
        return null;
    }

    private static bool IsFirmWord(string word) => word.Length > 1 && !word.Equals("企业", StringComparison.Ordinal) || word is "企业" or "企業";

    private static bool IsEmploymentWord(string word) =>
        word.StartsWith("worker", StringComparison.OrdinalIgnoreCase) || word.StartsWith("employee", StringComparison.OrdinalIgnoreCase)
        || word.Equals("staff", StringComparison.OrdinalIgnoreCase) || word.Equals("jobs", StringComparison.OrdinalIgnoreCase);

    private (string Id, string Name, int Pos)? FindPlace(string t, int from, int to, RawFigure raw)
    {
        var hits = new List<(int Pos, string Word, string Value)>();
        Options.Places.Matcher.FindAll(t, from, to, hits);
        if (hits.Count == 0) return null;
        var best = hits.OrderBy(h => Distance(h.Pos, raw)).First();
        return (best.Value, best.Word, best.Pos);
    }

    private string? MostNamedPlace(string text)
    {
        var hits = new List<(int Pos, string Word, string Value)>();
        Options.Places.Matcher.FindAll(text, 0, text.Length, hits);
        return hits.Count == 0 ? null : hits.GroupBy(h => h.Value, StringComparer.Ordinal).OrderByDescending(g => g.Count()).ThenBy(g => g.First().Pos).First().Key;
    }

    private static (int, int) Trim(string t, int s, int e)
    {
        while (s < e && (char.IsWhiteSpace(t[s]) || t[s] is '、' or '，' or ',' or '；' or ';' or '。' or '•')) s++;
        while (e > s && (char.IsWhiteSpace(t[e - 1]) || t[e - 1] is '、' or '，' or ',' or '；' or ';' or '：' or ':')) e--;
        return (s, e);
    }

    // ---------------------------------------------------------------- sentences and clauses

    /// <summary>Sentence and clause boundaries of a text, found once.</summary>
    private sealed class Document
    {
        private readonly List<int> _sentenceEnds = [];
        private readonly List<int> _clauseEnds = [];

        public Document(string text)
        {
            Text = text;
            for (int i = 0; i < text.Length; i++)
            {
                char c = text[i];
                bool sentence = c is '。' or '！' or '？' or '!' or '?' or '\n' or '\r' or '|'
                    || (c == '.' && (i + 1 == text.Length || text[i + 1] is '\n' or '\r'
                        || (text[i + 1] == ' ' && !(i + 2 < text.Length && char.IsAsciiLetterLower(text[i + 2])))));
                bool clause = sentence || c is '、' or '，' or '；' or ';' or '：'
                    || (c == ',' && !(i > 0 && char.IsAsciiDigit(text[i - 1]) && i + 1 < text.Length && char.IsAsciiDigit(text[i + 1])))
                    || (c == ':' && !(i > 0 && char.IsAsciiDigit(text[i - 1])));
                if (sentence) _sentenceEnds.Add(i);
                if (clause) _clauseEnds.Add(i);
            }
        }

        public string Text { get; }

        public (int Start, int End) Sentence(int pos) => Bounds(_sentenceEnds, pos, pos);

        /// <summary>The clause holding [start, end): from the delimiter before start to the first delimiter at or after end.</summary>
        public (int Start, int End) Clause(int start, int end) => Bounds(_clauseEnds, start, end);

        private (int, int) Bounds(List<int> ends, int start, int end)
        {
            int i = ends.BinarySearch(start);
            if (i < 0) i = ~i;
            int s = i > 0 ? ends[i - 1] + 1 : 0;
            int j = ends.BinarySearch(Math.Max(start, end - 1));
            if (j < 0) j = ~j;
            while (j < ends.Count && ends[j] < end - 1) j++;
            int e = j < ends.Count ? ends[j] : Text.Length;
            if (ends.Count > 0 && i < ends.Count && ends[i] == start) s = start;
            return (s, Math.Max(s, e));
        }
    }
}
