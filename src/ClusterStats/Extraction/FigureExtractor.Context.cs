using System.Globalization;
using System.Text.RegularExpressions;

namespace ClusterStats.Extraction;

// Judging the time of a figure from its context: the year it is of, the part of the year it covers, whether it is a
// rate per day, week or month, and whether it is a change rather than a level.
public sealed partial class FigureExtractor
{
    private const RegexOptions Rx = RegexOptions.CultureInvariant | RegexOptions.Compiled;

    /// <summary>A time stated near a figure: a year (2022年, in 2010, del 2018) or a word relative to publication (去年, now).</summary>
    private readonly record struct TimeMark(int Pos, int End, int? Year, CueKind Relative, string Word);

    /// <summary>
    /// The year of a figure: a time stated in its clause that belongs to it (no other figure of the clause is nearer),
    /// or the nth of n years listed in the clause for n figures listed in the same order ("da 9.181 a 5.310 … tra il
    /// 2008 e il 2018"), else the nearest time stated before it in the sentence, else the publication year, approximate.
    /// A year or 去年 that is the base of a comparison (比去年, "than in 2020") dates nothing.
    /// </summary>
    private static (ReferenceYear, YearBasis, string) FindYear(Document doc, List<RawFigure> raws, int index, ArticleInfo article)
    {
        string t = doc.Text;
        var raw = raws[index];
        var (sentStart, sentEnd) = doc.Sentence(raw.Start);
        var (clauseStart, clauseEnd) = doc.Clause(raw.Start, raw.End);
        int from = Math.Max(sentStart, raw.Start - 2 * Reach), to = Math.Min(sentEnd, raw.End + 2 * Reach);
        from = Math.Min(from, raw.Start);
        to = Math.Max(to, raw.End);
        var figures = FiguresBetween(raws, index, from, to);
        var marks = TimeMarks(t, from, to, figures);

        bool InClause(int pos) => pos >= clauseStart && pos < Math.Max(clauseEnd, raw.End);
        var clauseFigures = figures.Where(f => InClause(f.Start)).ToList();
        var clauseYears = marks.Where(m => m.Year is not null && InClause(m.Pos)).ToList();
        if (clauseYears.Count >= 2 && clauseYears.Count == clauseFigures.Count
            && (clauseYears.All(y => y.Pos >= clauseFigures[^1].End) || clauseYears.All(y => y.End <= clauseFigures[0].Start)))
        {
            var listed = clauseYears[clauseFigures.IndexOf(raw)];
            return Dated(listed, article, " (years listed in the order of the figures)");
        }
        TimeMark? owned = null, before = null;
        foreach (var m in marks)
        {
            if (InClause(m.Pos) && clauseFigures.MinBy(f => Distance(m.Pos, f)) == raw && (owned is null || Distance(m.Pos, raw) < Distance(owned.Value.Pos, raw))) owned = m;
            if (m.End <= raw.Start) before = m;
        }
        if (owned is { } own) return Dated(own, article, "");
        if (before is { } earlier) return Dated(earlier, article, InClause(earlier.Pos) ? "" : " earlier in the sentence");
        if (article.PublishedYear is int p) return (ReferenceYear.Approximate(p), YearBasis.Publication, $"year ~{p}: publication year, none stated");
        return (ReferenceYear.Unknown, YearBasis.None, "year: none stated, publication date unknown");
    }

    private static (ReferenceYear, YearBasis, string) Dated(TimeMark mark, ArticleInfo article, string how)
    {
        if (mark.Year is int y) return (ReferenceYear.Exact(y), YearBasis.Stated, $"year {y} stated{how}");
        if (article.PublishedYear is not int p) return (ReferenceYear.Unknown, YearBasis.None, $"year: {mark.Word}, publication date unknown");
        // 現在, now: the time of publication itself.
        if (mark.Relative == CueKind.Now) return (ReferenceYear.Approximate(p), YearBasis.Publication, $"year ~{p}: {mark.Word}, publication year{how}");
        int year = mark.Relative == CueKind.LastYear ? p - 1 : p;
        string published = mark.Relative == CueKind.LastYear ? $", published {p}" : "";
        return (ReferenceYear.Approximate(year), YearBasis.Relative, $"year ~{year}: {mark.Word}{published}{how}");
    }

    /// <summary>The figures (years as events left out) that overlap [from, to), in text order; the figure at <paramref name="k"/> among them.</summary>
    private static List<RawFigure> FiguresBetween(List<RawFigure> raws, int k, int from, int to)
    {
        var raw = raws[k];
        int first = k;
        while (first > 0 && raws[first - 1].End > from) first--;
        var result = new List<RawFigure>();
        for (int i = first; i < raws.Count && raws[i].Start < to; i++)
        {
            if (raws[i].End > from && (raws[i].Kind != RawKind.YearEvent || raws[i] == raw)) result.Add(raws[i]);
        }
        return result;
    }

    private static List<TimeMark> TimeMarks(string t, int from, int to, List<RawFigure> figures)
    {
        var marks = new List<TimeMark>();
        for (var m = YearNumber.Match(t, from, to - from); m.Success; m = m.NextMatch())
        {
            // The window cuts the text: what the pattern looks for around a year is checked in the whole text.
            if (m.Index > 0 && (char.IsAsciiDigit(t[m.Index - 1]) || t[m.Index - 1] is '.' or ',' or '/' or ':')) continue;
            if (m.Index + m.Length < t.Length && (char.IsAsciiDigit(t[m.Index + m.Length]) || t[m.Index + m.Length] is '/' or ':')) continue;
            if (figures.Any(f => m.Index < f.End && m.Index + m.Length > f.Start) || IsComparisonBase(t, m.Index, m.Index + m.Length)) continue;
            marks.Add(new TimeMark(m.Index, m.Index + m.Length, int.Parse(m.Value, CultureInfo.InvariantCulture), default, m.Value));
        }
        var cues = new List<(int Pos, string Word, Cue Value)>();
        ExtractionWords.Cues.FindAll(t, from, to, cues);
        foreach (var (pos, word, cue) in cues)
        {
            if (cue.Kind is not (CueKind.LastYear or CueKind.ThisYear or CueKind.Now)) continue;
            if (figures.Any(f => pos < f.End && pos + word.Length > f.Start) || IsComparisonBase(t, pos, pos + word.Length)) continue;
            marks.Add(new TimeMark(pos, pos + word.Length, null, cue.Kind, word));
        }
        marks.Sort((a, b) => a.Pos.CompareTo(b.Pos));
        return marks;
    }

    private static readonly Regex ComparedBefore = new(
        @"(?:\bthan(?:\s+(?:in|at|for))?|\bcompared\s+(?:with|to)(?:\s+(?:in|at))?|\bversus|\bvs\.?|\brispetto\s+(?:al|a|all')|比|较|較|与|與|和|跟)\s*(?:(?:the\s+)?(?:same\s+period\s+of\s+|end\s+of\s+)?)$",
        RegexOptions.IgnoreCase | Rx);

    private static readonly Regex ComparedAfter = new(@"^\s*年?\s*(?:同期)?\s*(?:比(?![去上前今本]年|\s*\d{4})|相比|相較|相较|对比|對比|대비|보다|に比べ|と比べ|より|'s\s+level)", Rx);

    /// <summary>Whether the time at [pos, end) is the base of a comparison (比去年, 比2020年, "than in 2020", 前年比, 지난해보다).</summary>
    private static bool IsComparisonBase(string t, int pos, int end) =>
        ComparedBefore.IsMatch(t.AsSpan(Math.Max(0, pos - 24), pos - Math.Max(0, pos - 24)))
        || ComparedAfter.IsMatch(t.AsSpan(end, Math.Min(t.Length, end + 8) - end));

    // ---------------------------------------------------------------- changes, not levels

    private static readonly Regex ChangeBefore = new(
        @"(?:\b(?:lost|lose|loses|losing|shed|sheds|shedding|added|adds|adding|gained|gains|gaining|shrank|shrunk|shrinks|shrinking|shrink|cut|cuts|cutting|slashed|slashes|laid\s+off|lays\s+off|another|extra|additional|persi|perso|perde|perdono|persero|guadagnato|aggiunto|aggiunti|in\s+più\s+di)"
        + @"(?:\s+(?:by|of|about|around|some|nearly|almost|over|roughly|just|a|an|net|more\s+than|less\s+than|another))*"
        + @"|(?<!\b(?:make|makes|made|making|set|sets|took|take|takes|taking|end|ends|ended|wind|winds|wound|sum|sums|summed)\s+)\b(?:up|down)(?:\s+(?:by|about|around|some|nearly|almost|roughly|just))*"
        + @"|(?:新增|净增|淨增|增加了|增加(?!值)|增多|增长了|增长|增長|减少了|减少|減少|少了|多了|裁员|裁員|流失|失去|萎缩|萎縮|缩减|縮減|降低了|降低|下降了|下降|上升了|上升|提高了|提高|增えた|減った|増|減|늘어난|줄어든|늘어|줄어)[\p{IsCJKUnifiedIdeographs}\p{IsHiragana}\p{IsKatakana}]{0,6}"
        + @"|(?:比|较|較)(?:去年|上年|前年|同期|上年同期|\d{4}\s*年)[\p{IsCJKUnifiedIdeographs}]{0,6}"
        + @"|(?:보다|より))\s*$",
        RegexOptions.IgnoreCase | Rx);

    private static readonly Regex ChangeAfter = new(
        @"^[\s]*(?:[\p{L}$€¥]+\s+){0,2}?(?:(?:more|less|fewer|lower|higher|greater|bigger|smaller|larger)\s+than\b|than\b|(?:more|less|fewer|lower|higher)\s+(?:from|on|over|compared)\b|in\s+(?:più|meno)\b|(?:up|down)\s+(?:from|on)\b)",
        RegexOptions.IgnoreCase | Rx);

    /// <summary>
    /// Why a figure is a change rather than a level ("lost 2,000 workers", 新增企业300家, "3 billion yuan lower than in
    /// 2020", "exports were down $50 million", 比去年多3亿双), or null when it reads as a level. Only the figure's clause is read.
    /// </summary>
    private static string? ChangeNotLevel(Document doc, RawFigure raw)
    {
        string t = doc.Text;
        var (clauseStart, clauseEnd) = doc.Clause(raw.Start, raw.End);
        int b = Math.Max(clauseStart, raw.Start - 40);
        if (b < raw.Start && ChangeBefore.IsMatch(t.AsSpan(b, raw.Start - b))) return "a change, not a level";
        int e = Math.Min(Math.Max(clauseEnd, raw.End), raw.End + 40);
        if (e > raw.End && ChangeAfter.IsMatch(t.AsSpan(raw.End, e - raw.End))) return "a change, not a level (compared)";
        return null;
    }

    // ---------------------------------------------------------------- rates and parts of a year

    private static readonly Regex Rate = new(
        @"\b(?:a|per|each|every)\s+(?:day|week|month|shift)\b|\b(?:daily|weekly|monthly|per\s+diem)\b|\b(?:al|ogni|per)\s+(?:giorno|dì|mese)\b|\b(?:alla|ogni|per)\s+settimana\b|\b(?:giornalier|settimanal|mensil)\w*"
        + @"|每天|每日|每周|每週|每月|毎日|毎月|日均|月均|月間|週間|(?<![\d０-９一二三四五六七八九十个個])(?:日产|日產|日産|周产|週產|月产|月產|月産)|1日あたり|一日あたり|하루|매일|매주|매월|월간|월평균|일일",
        RegexOptions.IgnoreCase | Rx);

    /// <summary>The rate word (per day, week or month) in the figure's clause, or null.</summary>
    private static string? RateWord(Document doc, RawFigure raw)
    {
        var (clauseStart, clauseEnd) = doc.Clause(raw.Start, raw.End);
        int s = Math.Max(clauseStart, raw.Start - Reach), e = Math.Min(Math.Max(clauseEnd, raw.End), raw.End + Reach);
        var m = Rate.Match(doc.Text, s, e - s);
        return m.Success ? m.Value : null;
    }

    private static readonly Regex PartYear = new(
        @"(?<![\d０-９])(?<a>1[0-2]|0?[1-9])\s*[月월]?\s*(?:[-－~～〜—–]|至|到|to)\s*(?<b>1[0-2]|0?[1-9])\s*[月월](?!\d)"
        + @"|前(?<n>1[01]|[1-9]|十一|[一二三四五六七八九十两兩])[个個]?月"
        + @"|前(?<nq>[123一二三两兩])[个個]?季度"
        + @"|(?<!前)第?(?<q>[1-4一二三四])(?:季度|四半期|분기)"
        + @"|(?<h>[上下])半(?:年|期)(?!度)|(?<hk>[상하])반기"
        + @"|\b(?<eh>first|second)\s+half\b(?!\s+of\s+the\s+(?:\d|century|decade))|\b(?<eq>first|second|third|fourth)\s+quarter\b|\bQ(?<q>[1-4])\b|\bH(?<h2>[12])\b"
        + @"|\bfirst\s+(?<en>two|three|four|five|six|seven|eight|nine|ten|eleven|[1-9]|1[01])\s+months\b|\bfirst\s+(?<enq>two|three)\s+quarters\b"
        + @"|\b(?<is>primo|secondo)\s+semestre\b|\b(?<iq>primo|secondo|terzo|quarto)\s+trimestre\b|\bprimi\s+(?<in>due|tre|quattro|cinque|sei|sette|otto|nove|dieci|undici|[1-9]|1[01])\s+mesi\b",
        RegexOptions.IgnoreCase | Rx);

    /// <summary>
    /// The months a figure covers when the text says it covers part of a year (1-6月, 一季度, 上半年, "first half",
    /// "primo semestre", 상반기), stated in its clause or earlier in its sentence; null for the whole year.
    /// </summary>
    private static (int First, int Last, string Word)? PartOfYear(Document doc, RawFigure raw)
    {
        var (sentStart, _) = doc.Sentence(raw.Start);
        var (_, clauseEnd) = doc.Clause(raw.Start, raw.End);
        int s = Math.Max(sentStart, raw.Start - Reach), e = Math.Min(Math.Max(clauseEnd, raw.End), raw.End + Reach);
        (int, int, string)? best = null;
        int bestDistance = int.MaxValue;
        for (var m = PartYear.Match(doc.Text, s, e - s); m.Success; m = m.NextMatch())
        {
            if (m.Index < raw.End && m.Index + m.Length > raw.Start) continue;
            if (Months(m) is not { } months || (months.First == 1 && months.Last == 12)) continue;
            int d = Distance(m.Index, raw);
            if (d < bestDistance)
            {
                bestDistance = d;
                best = (months.First, months.Last, m.Value);
            }
        }
        return best;
    }

    private static (int First, int Last)? Months(Match m)
    {
        int Small(string s) => int.TryParse(s, NumberStyles.None, CultureInfo.InvariantCulture, out int v) ? v : s.ToLowerInvariant() switch
        {
            "due" => 2, "tre" => 3, "quattro" => 4, "cinque" => 5, "sei" => 6, "sette" => 7, "otto" => 8, "nove" => 9, "dieci" => 10, "undici" => 11,
            "primo" => 1, "secondo" => 2, "terzo" => 3, "quarto" => 4, "eleven" => 11,
            var w when NumberWordValue(w) > 0 => NumberWordValue(w),
            var w => SmallChineseNumber(w),
        };
        if (m.Groups["a"].Success)
        {
            int a = Small(m.Groups["a"].Value), b = Small(m.Groups["b"].Value);
            return a >= 1 && b <= 12 && a <= b ? (a, b) : null;
        }
        foreach (var g in new[] { "n", "en", "in" })
        {
            if (m.Groups[g].Success) return Small(m.Groups[g].Value) is int n and >= 1 and <= 11 ? (1, n) : null;
        }
        foreach (var g in new[] { "nq", "enq" })
        {
            if (m.Groups[g].Success) return Small(m.Groups[g].Value) is int n and >= 1 and <= 3 ? (1, 3 * n) : null;
        }
        foreach (var g in new[] { "q", "eq", "iq" })
        {
            if (m.Groups[g].Success) return Small(m.Groups[g].Value) is int q and >= 1 and <= 4 ? (3 * q - 2, 3 * q) : null;
        }
        int half = m.Groups["h"].Success ? (m.Groups["h"].Value == "上" ? 1 : 2)
            : m.Groups["hk"].Success ? (m.Groups["hk"].Value == "상" ? 1 : 2)
            : m.Groups["h2"].Success ? Small(m.Groups["h2"].Value)
            : m.Groups["eh"].Success || m.Groups["is"].Success ? Small(m.Groups["eh"].Success ? m.Groups["eh"].Value : m.Groups["is"].Value)
            : 0;
        return half is 1 or 2 ? (half * 6 - 5, half * 6) : null;
    }

    // ---------------------------------------------------------------- figures of speech

    /// <summary>
    /// Whether a numeral written as one Chinese character is a figure of speech, not a count: a bare 百 or 千 without a
    /// multiplier (百家争鸣, 千家企业 as "a great many"), or a numeral whose unit is followed by another numeral in the
    /// same four-character phrase (千家万户, 三家两户, 十家八家).
    /// </summary>
    private static bool IsFigureOfSpeech(string t, RawFigure raw)
    {
        if (!raw.CjkNumeralOnly || raw.NumberEnd - raw.NumberStart != 1) return false;
        if (t[raw.NumberStart] is '百' or '千') return true;
        for (int i = raw.End; i < Math.Min(t.Length, raw.End + 2); i++)
        {
            if (ChineseNumeral(t[i]) || IsScaleChar(t[i])) return true;
        }
        return false;
    }
}
