using ClusterStats.Internal;

namespace ClusterStats;

/// <summary>
/// A figure as a source states it: a <see cref="ClusterStats.Quantity"/> with the source's <see cref="ClusterStats.Qualifier"/>
/// (about, nearly, more than, at most) and whether it is a plan target rather than an achieved value.
/// Reads Chinese, Japanese, Korean and English figures ("22亿双", "22億足", "2万多人", "25억 켤레",
/// "more than 20,000 workers", "€486.2 million") and writes them for people in English, Chinese and Japanese, and in
/// an invariant machine form that reads back to an equal figure. Immutable and thread-safe.
/// </summary>
/// <remarks>
/// <para>The machine form is <c>VALUE UNIT[ QUALIFIER][ target]</c>, or <c>LOW..HIGH UNIT range[ target]</c> for a range: the value in plain invariant digits (no exponent,
/// no grouping), the unit code, the qualifier code when it is not exact, and the word <c>target</c> for a plan target,
/// for example <c>2200000000 pairs</c>, <c>20000 persons at-least</c>, <c>5000000000 CNY approximately target</c>,
/// <c>30000..40000 persons range</c>.</para>
/// <para>Ranges: adjacent numerals at one place value form a range whose higher places are shared and whose following
/// scale word multiplies both bounds (三四万 = 30,000 to 40,000, 十七八万 = 170,000 to 180,000, 二十七八 = 27 to 28,
/// 三千四五百 = 3,400 to 3,500, 三五百 = 300 to 500); 几/数 after a higher place is any digit (十几 = 11 to 19,
/// 二十几 = 21 to 29, 十数万 = 110,000 to 190,000). Two numbers joined by - – — ~ ～ 〜 至 .. (or 、 between Chinese
/// numerals) form a range too (2-3万, 2至3万, 二、三万, 2–3 million): a scale word after the high bound also
/// multiplies a low bound written without one. Errors, never a guess: 几十, 几百, 数万 and the like alone (too vague);
/// two numbers side by side (3亿5亿); a scale word repeated other than 万亿 (10^12) and 万万 (10^8); a high bound not
/// above the low bound; a range that is also a one-sided bound (超过三四万).</para>
/// <para>Places: a lone Chinese digit (or a range of two) that ends a number right after a scale word stands at the
/// next lower place (一万二 = 12,000, 二百五 = 250, 一亿二 = 120,000,000, 三千四五 = 3,400 to 3,500); a zero says a place
/// is skipped (一万零二 = 10,002). Arabic digits there must fill every place below the scale word (3万5000 = 35,000):
/// 1万2 could be 12,000 or 10,002 and is an error, as is a lone digit after two scale words (三千万二).</para>
/// <para>Qualifiers: a figure has one. Words that say the same (约3万人左右, 超过3万人以上, 2万多人以上) are read as one;
/// words that say different things (over 3 million pairs or less, 不到2万多人, 近3亿元以上) are an error naming both.</para>
/// <para>Reading: optional prefixes (a qualifier word 约/about/近/超过/不到..., 目标/target, a currency sign $ € ¥ or code,
/// 第/No. for ranks, 百分之 for percent), a number (ASCII or full-width digits with optional grouping commas and decimal
/// point, or Chinese numerals 〇零一二两三四五六七八九十百千万亿, mixed as in 2千5百万), scale words (十 百 千 万 萬 亿 億
/// 兆 억 만, thousand, million, billion, trillion, bn, mn, m, dozen), an infix 多/余/여 ("more than"), a unit word
/// (双 足 켤레 pairs; 元 yuan RMB 위안 円 yen 엔 $ 달러 dollars € euro and the ISO codes of the currencies ClusterStats knows (TRY, GBP, CHF ...; other capitals are no currency); 家 社 企业 개 곳 firms companies
/// enterprises; 人 名 명 workers employees people persons; 台 대 machines; % percent, 割 and 成 (tens of percent); 位 위 and ordinals 2nd for ranks;
/// 项目/項目 projects), optionally "/unit" for a derived unit (元/双, CNY/pair), and suffixes (以上 左右 近く 未満 以下
/// 超 이상 가량, 目标/目標/목표/target, or a machine qualifier code). A number without a unit word is an error unless
/// <see cref="FigureParseOptions.DefaultUnit"/> is set.</para>
/// </remarks>
public readonly struct QualifiedQuantity : IEquatable<QualifiedQuantity>
{
    /// <summary>Creates a figure.</summary>
    /// <param name="quantity">The stated value and unit.</param>
    /// <param name="qualifier">How the source qualifies the value; exact by default.</param>
    /// <param name="isTarget">Whether the figure is a plan target (目标, 目標, 목표, target) rather than an achieved value.</param>
    /// <exception cref="ArgumentException"><paramref name="qualifier"/> is <see cref="Qualifier.Range"/>, which needs a high bound (use the range constructor).</exception>
    public QualifiedQuantity(Quantity quantity, Qualifier qualifier = Qualifier.Exact, bool isTarget = false)
    {
        if (qualifier == Qualifier.Range) ThrowHelper.Argument(nameof(qualifier), "A range needs its high bound: use QualifiedQuantity(Quantity low, decimal high, bool isTarget).");
        Quantity = quantity;
        Qualifier = qualifier;
        IsTarget = isTarget;
    }

    /// <summary>The stated value and unit.</summary>
    public Quantity Quantity { get; }

    /// <summary>Creates a range figure: from <paramref name="low"/> to <paramref name="high"/> in the unit of <paramref name="low"/>.</summary>
    /// <param name="low">The low bound and the unit.</param>
    /// <param name="high">The high bound, above the low bound.</param>
    /// <param name="isTarget">Whether the figure is a plan target.</param>
    /// <exception cref="ArgumentException"><paramref name="high"/> is not above the low bound.</exception>
    public QualifiedQuantity(Quantity low, decimal high, bool isTarget = false)
    {
        if (high <= low.Value) ThrowHelper.Argument(nameof(high), $"The high bound {DecimalText.Plain(high)} of a range must be above its low bound {DecimalText.Plain(low.Value)}.");
        Quantity = low;
        Qualifier = Qualifier.Range;
        IsTarget = isTarget;
        _high = DecimalText.Normalize(high);
    }

    private readonly decimal? _high;

    /// <summary>A figure with the given parts: a range when <paramref name="high"/> is given, else <paramref name="qualifier"/>.</summary>
    internal static QualifiedQuantity Of(Quantity quantity, Qualifier qualifier, bool isTarget, decimal? high) =>
        high is decimal h ? new QualifiedQuantity(quantity, h, isTarget) : new QualifiedQuantity(quantity, qualifier, isTarget);

    /// <summary>The same figure with its value and high bound in <paramref name="unit"/> (unchanged numbers).</summary>
    internal QualifiedQuantity WithUnit(Unit unit) => Of(new Quantity(Value, unit), Qualifier, IsTarget, _high);

    /// <summary>How the source qualifies the value.</summary>
    public Qualifier Qualifier { get; }

    /// <summary>The high bound of a range (<see cref="Qualifier.Range"/>), in <see cref="Unit"/>; null for every other figure.</summary>
    public decimal? ValueHigh => _high;

    /// <summary>The midpoint of a range, or the value itself for any other figure: the point to use where one number is needed.</summary>
    public decimal Midpoint => _high is decimal high ? DecimalText.Normalize((Value + high) / 2m) : Value;

    /// <summary>Whether the figure is a plan target rather than an achieved value.</summary>
    public bool IsTarget { get; }

    /// <summary>The exact value (the low bound of a range), in <see cref="Unit"/>.</summary>
    public decimal Value => Quantity.Value;

    /// <summary>The unit of <see cref="Value"/>.</summary>
    public Unit Unit => Quantity.Unit;

    /// <summary>Reads a whole text as one figure; throws when it is not one.</summary>
    /// <param name="text">The figure, for example "22億足", "约3.5亿元", "more than 20,000 workers". Leading and trailing
    /// white space and one leading period word (年間, 年间, 年产, 年產, 年産, 每年, 毎年, 연간, annual) are allowed.</param>
    /// <param name="options">Options, for example how ¥ is read; <see cref="FigureParseOptions.Default"/> when null.</param>
    /// <exception cref="ClusterStatsFormatException">The text is not a figure; the exception names the position and what was expected.</exception>
    public static QualifiedQuantity Parse(string text, FigureParseOptions? options = null) => TryParse(text, options).Value;

    /// <summary>Reads a whole text as one figure; on failure the result names the position and what was expected.</summary>
    /// <param name="text">The figure; see <see cref="Parse(string, FigureParseOptions?)"/>.</param>
    /// <param name="options">Options; <see cref="FigureParseOptions.Default"/> when null.</param>
    public static ParseResult<QualifiedQuantity> TryParse(string text, FigureParseOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        return FigureParser.ParseWhole(text, options ?? FigureParseOptions.Default);
    }

    /// <summary>
    /// Reads the figure that starts exactly at <paramref name="start"/> inside a longer text and reports its span,
    /// for scanning articles: <c>TryParseAt("年間22億足の靴下", 2)</c> gives 2.2 billion pairs spanning "22億足".
    /// Nothing is allocated for the attempt except, on success, units made by division. The figure may be followed by
    /// any text; a number followed by a date, time, duration or age word (2024年, 7月, 24日, 40年来, 30歳) fails.
    /// </summary>
    /// <param name="text">The whole text.</param>
    /// <param name="start">Where the figure starts: its first prefix word (约, about, $, 第 ...) or its first digit.</param>
    /// <param name="options">Options; <see cref="FigureParseOptions.Default"/> when null.</param>
    /// <returns>The figure with its span, or the failure with its position in <paramref name="text"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="start"/> is outside the text.</exception>
    public static ParseResult<FigureMatch> TryParseAt(string text, int start, FigureParseOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentOutOfRangeException.ThrowIfNegative(start);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(start, text.Length);
        return FigureParser.ParseAt(text, start, options ?? FigureParseOptions.Default);
    }

    /// <summary>
    /// Writes the figure exactly, in the words of <paramref name="language"/> or in the invariant machine form: text
    /// that reads back as the same figure. Tables for people round instead, marking a rounded value with "≈"
    /// (<see cref="FigureFormat.ForPeople(QualifiedQuantity, FigurePrecision)"/> with <see cref="FigurePrecision.Table"/>).
    /// </summary>
    /// <remarks>
    /// English: "2.2 billion pairs", "3.5 billion yuan", "more than 20,000 persons", "at most 500 million yuan",
    /// "$1.036 billion", "65%", "No. 2", "about 5 billion yuan (target)"; a calendar year as its plain digits ("2021").
    /// Chinese: "22亿双", "35亿元", "226家", "2万多人", "约3.5亿元", "第2位". Japanese: "22億足", "35億元", "226社",
    /// "2万人以上", "第2位". Ranges: "30,000–40,000 persons", "3万至4万人", "3万～4万人". Scale words are used only when they keep the number short; the value is never rounded,
    /// so reading the text back with <see cref="Parse(string, FigureParseOptions?)"/> gives an equal figure.
    /// Culture-invariant.
    /// </remarks>
    public string Format(FigureLanguage language) => FigureFormatter.Format(this, language);

    /// <summary>The invariant machine form, for example <c>2200000000 pairs</c> or <c>20000 persons at-least target</c>.</summary>
    public override string ToString() => FigureFormatter.Format(this, FigureLanguage.Invariant);

    /// <inheritdoc />
    public bool Equals(QualifiedQuantity other) =>
        Quantity == other.Quantity && Qualifier == other.Qualifier && IsTarget == other.IsTarget && _high == other._high;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is QualifiedQuantity q && Equals(q);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Quantity, Qualifier, IsTarget, _high);

    /// <summary>Equality of quantity, qualifier, high bound and target flag.</summary>
    public static bool operator ==(QualifiedQuantity left, QualifiedQuantity right) => left.Equals(right);

    /// <summary>Inequality of quantity, qualifier, high bound or target flag.</summary>
    public static bool operator !=(QualifiedQuantity left, QualifiedQuantity right) => !left.Equals(right);

    /// <summary>An exact, achieved figure.</summary>
    public static implicit operator QualifiedQuantity(Quantity quantity) => new(quantity);
}

/// <summary>The language of a figure written for people, or the invariant machine form.</summary>
public enum FigureLanguage
{
    /// <summary>The invariant machine form: <c>2200000000 pairs</c>, <c>20000 persons at-least</c>.</summary>
    Invariant,
    /// <summary>English: "2.2 billion pairs", "more than 20,000 persons".</summary>
    English,
    /// <summary>Simplified Chinese: "22亿双", "2万多人".</summary>
    Chinese,
    /// <summary>Japanese: "22億足", "2万人以上".</summary>
    Japanese,
}

/// <summary>How many digits of a figure written for people in English are shown.</summary>
public enum FigurePrecision
{
    /// <summary>
    /// Every digit, with million, billion or trillion only where they keep the value exact: "2.2 billion pairs",
    /// "1,234,567 pairs", "12.62 million persons". The text reads back as the same figure.
    /// </summary>
    Exact,

    /// <summary>
    /// For tables: four significant digits (half away from zero) with million, billion or trillion from a million up;
    /// below a million the whole-number digits are kept and only decimals rounded. When rounding changed the value the
    /// number starts with "≈" ("≈12.62 million persons", "≈1,235"), so a rounded value is never shown as exact.
    /// Calendar years are never rounded.
    /// </summary>
    Table,
}

/// <summary>
/// A figure found inside a longer text by <see cref="QualifiedQuantity.TryParseAt"/>, with the spans of the whole
/// figure, its number and the unit word that decided its unit, so that callers can judge the words around it.
/// </summary>
/// <param name="Figure">The figure read.</param>
/// <param name="Start">The index of the figure's first character (a prefix word or the number).</param>
/// <param name="Length">The number of characters the figure takes, prefixes and suffixes included.</param>
/// <param name="NumberStart">The index of the number's first character.</param>
/// <param name="NumberLength">The number of characters of the number, its scale words included ("22億").</param>
/// <param name="UnitStart">The index of the word or sign that decided the unit (足, 元, $, 第, %), or -1 when the unit came from <see cref="FigureParseOptions.DefaultUnit"/>.</param>
/// <param name="UnitLength">The number of characters of that word; 0 when <paramref name="UnitStart"/> is -1.</param>
public readonly record struct FigureMatch(QualifiedQuantity Figure, int Start, int Length, int NumberStart, int NumberLength, int UnitStart, int UnitLength)
{
    /// <summary>The index just after the figure's last character.</summary>
    public int End => Start + Length;
}

/// <summary>Writing plain quantities for people.</summary>
internal static class QuantityFormatting
{
    /// <summary>Writes an exact, achieved quantity for people in <paramref name="language"/> (see <see cref="QualifiedQuantity.Format"/>).</summary>
    public static string Format(this Quantity quantity, FigureLanguage language) => new QualifiedQuantity(quantity).Format(language);
}
