using static ClusterStats.Internal.FigureText;

namespace ClusterStats.Internal;

/// <summary>
/// Reads figures as sources write them (see <see cref="QualifiedQuantity"/> for the grammar). One pass, no
/// allocation for the attempt itself: words are looked up in frozen tables keyed by their first folded character.
/// </summary>
internal static class FigureParser
{
    internal const string ExpectedNumber = "a number (digits such as 22, 2.5 or 1,234.5, or Chinese numerals such as 三十五)";
    internal const string ExpectedUnit = "a unit word such as 双, 足, pairs, 元, 円, yuan, 家, 社, firms, 人, persons, 台, machines or %";
    internal const string ExpectedNotDate = "a unit word after the number, not a date, time, duration or age word such as 年, 月, 日, 歳 or 時";
    internal const string ExpectedEnd = "the end of the figure";
    internal const string ExpectedYen = "元 or 円 (yuan or yen) after a figure written with ¥, or a YenSign option (clusterstats parse --yen cny|jpy): ¥ is written for both the Chinese yuan and the Japanese yen";
    internal const string ExpectedSameCurrency = "a currency word that agrees with the currency sign or code before the number";
    internal const string ExpectedDigits = "a number of at most 28 significant digits that fits a decimal";

    private static readonly decimal[] NegativePowersOfTen = BuildNegativePowers();

    public static ParseResult<QualifiedQuantity> ParseWhole(string text, FigureParseOptions options)
    {
        int pos = SkipSpaces(text, 0);
        if (FigureWords.Periods.TryMatch(text, pos, out _, out int periodLength)) pos = SkipSpaces(text, pos + periodLength);
        var match = ParseAt(text, pos, options);
        if (!match.TryGetValue(out var found)) return ParseResult<QualifiedQuantity>.ForFailure(text, match.Position, match.Expected!);
        int end = SkipSpaces(text, found.End);
        return end < text.Length
            ? ParseResult<QualifiedQuantity>.ForFailure(text, end, ExpectedEnd)
            : ParseResult<QualifiedQuantity>.ForValue(found.Figure, text, text.Length);
    }

    public static ParseResult<FigureMatch> ParseAt(string text, int start, FigureParseOptions options)
    {
        int pos = start;
        var qualifier = Qualifier.Exact;
        bool target = false, yen = false, rank = false, percent = false;
        Unit? unit = null;
        int unitStart = -1, unitLength = 0;

        // Prefixes: 约, about, 目标, $, ¥, 第, No., 百分之 ...
        for (int guard = 0; guard < 6 && FigureWords.Prefixes.TryMatch(text, pos, out var word, out int length); guard++)
        {
            switch (word.Kind)
            {
                case WordKind.Qualifier:
                    if (qualifier == Qualifier.Exact) qualifier = word.Qualifier;
                    break;
                case WordKind.Target:
                    target = true;
                    break;
                default:
                    if (unitStart >= 0) return Fail(text, pos, ExpectedNumber);
                    unitStart = pos;
                    unitLength = length;
                    unit = word.Kind switch
                    {
                        WordKind.Currency => word.Unit,
                        WordKind.RankPrefix => Unit.Rank,
                        WordKind.PercentPrefix => Unit.Percent,
                        _ => null,
                    };
                    yen = word.Kind == WordKind.YenSign;
                    rank = word.Kind == WordKind.RankPrefix;
                    percent = word.Kind == WordKind.PercentPrefix;
                    break;
            }
            pos = SkipSpaces(text, pos + length);
        }

        int numberStart = pos;
        if (!TryReadNumber(text, ref pos, out decimal value, out bool infixAtLeast, out bool plainInteger, out string? numberError))
        {
            return Fail(text, pos, numberError ?? ExpectedNumber);
        }
        if (infixAtLeast && qualifier == Qualifier.Exact) qualifier = Qualifier.AtLeast;
        if (pos < text.Length && FigureWords.IsDateWord(text[pos]) && !TryReadUnitWord(text, pos, out _, out _)) return Fail(text, pos, ExpectedNotDate);

        // Ordinals: 2nd, 3rd, 21st, 4th.
        if (plainInteger && unitStart < 0 && IsOrdinalSuffix(text, pos))
        {
            unit = Unit.Rank;
            unitStart = pos;
            unitLength = 2;
            pos += 2;
        }

        // Latin scale words and dozen: "2.2 billion", "600 million dozen".
        while (true)
        {
            int p = SkipSpaces(text, pos);
            if (!FigureWords.Scales.TryMatch(text, p, out var scale, out int scaleLength)) break;
            if (!TryMultiply(ref value, scale.Factor)) return Fail(text, p, ExpectedDigits);
            pos = p + scaleLength;
        }
        int numberEnd = pos;

        if (rank)
        {
            if (FigureWords.RankFollowers.TryMatch(text, pos, out _, out int followerLength)) pos += followerLength;
        }
        else if (!percent)
        {
            int p = SkipSpaces(text, pos);
            if (TryReadUnitWord(text, p, out var word, out int wordLength))
            {
                var wordUnit = word.Unit!;
                if (yen)
                {
                    if (wordUnit != FigureWords.Cny && wordUnit != FigureWords.Jpy) return Fail(text, p, ExpectedYen);
                    yen = false;
                }
                else if (unit is not null && (unit != wordUnit || !unit.IsMoney))
                {
                    return Fail(text, p, ExpectedSameCurrency);
                }
                if (unit is null || unit.IsMoney)
                {
                    unit = wordUnit;
                    unitStart = p;
                    unitLength = wordLength;
                }
                if (word.Factor != 1m && !TryMultiply(ref value, word.Factor)) return Fail(text, p, ExpectedDigits);
                pos = p + wordLength;
            }
            if (unit is not null) pos = ReadDenominators(text, pos, unit, out unit);
        }

        if (yen)
        {
            unit = options.YenSign switch
            {
                YenSign.Cny => FigureWords.Cny,
                YenSign.Jpy => FigureWords.Jpy,
                _ => null,
            };
            if (unit is null) return Fail(text, pos, ExpectedYen);
        }
        if (unit is null)
        {
            if (options.DefaultUnit is null) return Fail(text, pos, ExpectedUnit);
            unit = options.DefaultUnit;
        }

        // Suffixes: 以上, 左右, 近く, 未満, 目标, (target), machine qualifier codes.
        for (int guard = 0; guard < 4; guard++)
        {
            int p = SkipSpaces(text, pos);
            if (!FigureWords.Suffixes.TryMatch(text, p, out var word, out int length)) break;
            if (word.Kind == WordKind.Target) target = true;
            else if (qualifier == Qualifier.Exact) qualifier = word.Qualifier;
            pos = p + length;
        }

        var figure = new QualifiedQuantity(new Quantity(DecimalText.Normalize(value), unit), qualifier, target);
        return ParseResult<FigureMatch>.ForValue(
            new FigureMatch(figure, start, pos - start, numberStart, numberEnd - numberStart, unitStart, unitLength), text, pos);
    }

    private static ParseResult<FigureMatch> Fail(string text, int position, string expected) =>
        ParseResult<FigureMatch>.ForFailure(text, position, expected);

    private static bool TryReadUnitWord(string text, int pos, out FigureWord word, out int length)
    {
        if (FigureWords.UnitWords.TryMatch(text, pos, out word, out length)) return true;
        // Any other ISO 4217 code written in capitals: "1.5 billion TRY", "3 CHF".
        if (pos + 3 <= text.Length && char.IsAsciiLetterUpper(text[pos]) && char.IsAsciiLetterUpper(text[pos + 1])
            && char.IsAsciiLetterUpper(text[pos + 2]) && !IsLatinLetterAt(text, pos + 3))
        {
            word = new FigureWord(text.Substring(pos, 3), WordKind.Unit, Unit: Unit.Money(new Currency(text.Substring(pos, 3))));
            length = 3;
            return true;
        }
        return false;
    }

    /// <summary>Reads "/pair", "/双" or " per pair" after a unit word and divides the unit.</summary>
    private static int ReadDenominators(string text, int pos, Unit unit, out Unit result)
    {
        result = unit;
        for (int guard = 0; guard < 3; guard++)
        {
            int p;
            if (pos < text.Length && Fold(text[pos]) == '/') p = pos + 1;
            else if (MatchesAt(text, SkipSpaces(text, pos), "per ")) p = SkipSpaces(text, SkipSpaces(text, pos) + 4);
            else break;
            if (!TryReadUnitWord(text, p, out var word, out int length) || word.Factor != 1m) break;
            result /= word.Unit!;
            pos = p + length;
        }
        return pos;
    }

    private static bool IsOrdinalSuffix(string text, int pos)
    {
        if (pos + 2 > text.Length || IsLatinLetterAt(text, pos + 2)) return false;
        return MatchesAt(text, pos, "st") || MatchesAt(text, pos, "nd") || MatchesAt(text, pos, "rd") || MatchesAt(text, pos, "th");
    }

    /// <summary>
    /// Reads a number: sign, ASCII or full-width digits with grouping and decimals, Chinese numerals, and the CJK
    /// scale characters between them (2千5百万, 1億4000万, 三十五亿), then an infix 多/余/여 ("more than") with an
    /// optional further scale (130多亿, 35亿余). On failure <paramref name="pos"/> is where reading failed.
    /// </summary>
    private static bool TryReadNumber(string text, ref int pos, out decimal value, out bool atLeast, out bool plainInteger, out string? error)
    {
        value = 0;
        atLeast = false;
        plainInteger = false;
        error = null;
        int n = text.Length;
        int p = pos;
        bool negative = false;
        if (p + 1 < n && Fold(text[p]) == '-' && (char.IsAsciiDigit(Fold(text[p + 1])) || ChineseDigit(text[p + 1]) >= 0))
        {
            negative = true;
            p++;
        }
        decimal total = 0, section = 0, lastBig = 0;
        decimal? number = null;
        bool numberIsArabic = false, digitRun = false, any = false, usedScale = false, hasFraction = false;
        try
        {
            while (p < n)
            {
                char c = Fold(text[p]);
                if (char.IsAsciiDigit(c))
                {
                    if (number is not null) break;
                    int before = p;
                    if (!TryReadArabic(text, ref p, out decimal arabic, out hasFraction))
                    {
                        pos = before;
                        error = ExpectedDigits;
                        return false;
                    }
                    number = arabic;
                    numberIsArabic = true;
                    digitRun = false;
                    any = true;
                    continue;
                }
                int digit = ChineseDigit(c);
                if (digit >= 0)
                {
                    if (numberIsArabic && number is not null) break;
                    number = digitRun && number is { } previous ? previous * 10 + digit : digit;
                    digitRun = true;
                    numberIsArabic = false;
                    any = true;
                    p++;
                    continue;
                }
                decimal small = SmallScale(c);
                if (small > 0)
                {
                    if (!any && c is not ('十' or '百' or '千')) break;
                    section += (number ?? 1m) * small;
                    number = null;
                    numberIsArabic = digitRun = false;
                    any = usedScale = true;
                    p++;
                    continue;
                }
                decimal big = BigScale(c);
                if (big > 0 && any)
                {
                    decimal v = section + (number ?? 0m);
                    total = big > lastBig ? (total + v) * big : total + v * big;
                    if (big > lastBig) lastBig = big;
                    section = 0;
                    number = null;
                    numberIsArabic = digitRun = false;
                    usedScale = true;
                    p++;
                    continue;
                }
                break;
            }
            if (!any)
            {
                pos = p;
                error = ExpectedNumber;
                return false;
            }
            plainInteger = !usedScale && numberIsArabic && !hasFraction;
            value = total + section + (number ?? 0m);

            int q = p;
            if (q < n && text[q] is '多' or '余' or '餘') q++;
            else if (SkipSpaces(text, q) is var s && s < n && text[s] == '여') q = s + 1;
            if (q != p)
            {
                atLeast = true;
                plainInteger = false;
                p = q;
                decimal after = p < n ? BigScale(Fold(text[p])) : 0;
                if (after > 0)
                {
                    value *= after;
                    p++;
                }
            }
        }
        catch (OverflowException)
        {
            error = ExpectedDigits;
            return false;
        }
        value = negative ? -value : value;
        pos = p;
        return true;
    }

    /// <summary>Reads ASCII or full-width digits, grouping commas (1,234,567) and a decimal point.</summary>
    private static bool TryReadArabic(string text, ref int pos, out decimal value, out bool hasFraction)
    {
        int n = text.Length;
        int p = pos;
        decimal mantissa = 0;
        int significant = 0, fractionDigits = 0;
        value = 0;
        hasFraction = false;
        bool Add(char c)
        {
            int d = c - '0';
            if (significant > 0 || d != 0) significant++;
            if (significant > 28) return false;
            mantissa = mantissa * 10 + d;
            return true;
        }
        int intStart = p;
        while (p < n && char.IsAsciiDigit(Fold(text[p])))
        {
            if (!Add(Fold(text[p]))) return false;
            p++;
        }
        if (p - intStart <= 3)
        {
            while (p + 3 < n && Fold(text[p]) == ',' && char.IsAsciiDigit(Fold(text[p + 1])) && char.IsAsciiDigit(Fold(text[p + 2]))
                   && char.IsAsciiDigit(Fold(text[p + 3])) && !(p + 4 < n && char.IsAsciiDigit(Fold(text[p + 4]))))
            {
                for (int i = 1; i <= 3; i++)
                {
                    if (!Add(Fold(text[p + i]))) return false;
                }
                p += 4;
            }
        }
        if (p + 1 < n && Fold(text[p]) == '.' && char.IsAsciiDigit(Fold(text[p + 1])))
        {
            hasFraction = true;
            p++;
            while (p < n && char.IsAsciiDigit(Fold(text[p])))
            {
                if (!Add(Fold(text[p])) || ++fractionDigits > 28) return false;
                p++;
            }
        }
        value = mantissa * NegativePowersOfTen[fractionDigits];
        pos = p;
        return true;
    }

    private static bool TryMultiply(ref decimal value, decimal factor)
    {
        try
        {
            value *= factor;
            return true;
        }
        catch (OverflowException)
        {
            return false;
        }
    }

    private static int ChineseDigit(char c) => c switch
    {
        '〇' or '零' => 0,
        '一' => 1,
        '二' or '两' or '兩' => 2,
        '三' => 3,
        '四' => 4,
        '五' => 5,
        '六' => 6,
        '七' => 7,
        '八' => 8,
        '九' => 9,
        _ => -1,
    };

    private static decimal SmallScale(char c) => c switch
    {
        '十' or '십' => 10m,
        '百' or '백' => 100m,
        '千' or '천' => 1_000m,
        _ => 0m,
    };

    private static decimal BigScale(char c) => c switch
    {
        '万' or '萬' or '만' => 10_000m,
        '亿' or '億' or '억' => 100_000_000m,
        '兆' or '조' => 1_000_000_000_000m,
        _ => 0m,
    };

    private static decimal[] BuildNegativePowers()
    {
        var powers = new decimal[29];
        powers[0] = 1m;
        for (int i = 1; i < powers.Length; i++) powers[i] = powers[i - 1] / 10m;
        return powers;
    }
}

/// <summary>Plain invariant decimal text: no exponent, no grouping, no trailing zeros.</summary>
internal static class DecimalText
{
    private const string PlainFormat = "0.############################";

    /// <summary>The same value with the smallest scale (2200000000.0 becomes 2200000000).</summary>
    public static decimal Normalize(decimal value)
    {
        while (value.Scale > 0)
        {
            decimal shorter = decimal.Round(value, value.Scale - 1);
            if (shorter != value) break;
            value = shorter;
        }
        return value;
    }

    public static string Plain(decimal value) => value.ToString(PlainFormat, System.Globalization.CultureInfo.InvariantCulture);
}
