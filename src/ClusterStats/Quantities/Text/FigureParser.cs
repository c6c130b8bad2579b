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
    internal const string ExpectedYen = "元 or 円 (yuan or yen) after a figure written with ¥, or the option FigureParseOptions.YenSign (Cny or Jpy): ¥ is written for both the Chinese yuan and the Japanese yen";
    internal const string ExpectedSameCurrency = "a currency word that agrees with the currency sign or code before the number";
    internal const string ExpectedDigits = "a number of at most 28 significant digits that fits a decimal";
    internal const string ExpectedNotVague = "a number: 几十, 几百, 几千, 数万 and the like alone are too vague to cite (十几 = 11 to 19 and 二十几 = 21 to 29 are read as ranges)";
    internal const string ExpectedRangeDigits = "two adjacent numerals that form a range, the second the larger (三四万 = 30,000 to 40,000)";
    internal const string ExpectedDigitRun = "two adjacent numerals that form a range (三四万) or digits written one by one with 〇 or 零 among them (二〇二四): three or more numerals side by side before a scale word (五六七万) are neither";
    internal const string ExpectedRangeEnd = "the end of a range numeral or a bigger scale word (三四万, 十七八万, 三千四五百): no digits after a range";
    internal const string ExpectedNotJuxtaposed = "a single number: two numbers side by side (3亿5亿) are not added; write one number or a range (3-5亿)";
    internal const string ExpectedScaleOnce = "one scale word: of repeated scale words only 万亿 (10^12) and 万万 (10^8) are read";
    internal const string ExpectedHighBound = "a high bound above the low bound of the range";
    internal const string ExpectedRangeBound = "a range of two plain numbers (2-3万, 三四万): a range is not also a bound (多, 余, 以上, 超过) and has one high bound";
    internal const string ExpectedRangeQualifier = "a range without a one-sided qualifier: a range (三四万) is not also a bound such as 超过, 不到, 近 or 以上";
    internal const string ExpectedRangeBounds = "two bounds before the qualifier range, as in 30000..40000 persons range";
    internal const string ExpectedOneQualifier = "one qualifier";
    internal static readonly string ExpectedKnownCurrency =
        $"a unit word or the code of a currency ClusterStats knows ({string.Join(", ", Currency.KnownCodes)}): three capitals alone are no currency";
    internal const string ExpectedPlaceDigits = "digits that fill every place below the scale word before them (3万5000, 1千250) or a scale word after them (1万2千): 1万2 could be 12,000 or 10,002; write 1万2千, 1万零2 or 1.2万";
    internal const string ExpectedDigitAfterPlace = "one digit or a range of two at the end of a number after a scale word (一万二 = 12,000, 一万二三 = 12,000 to 13,000, 一万零二 = 10,002): digits side by side there (一万二三四) are no number";
    internal const string ExpectedOnePlaceBefore = "one scale word before a digit that ends the number (一万二 = 12,000, 三千四 = 3,400): after two scale words (三千万二) the digit's place is unclear; write its scale word (三千二百万)";

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
        (int At, int Length) qualifierWord = (-1, 0);
        bool target = false, yen = false, rank = false, percent = false;
        Unit? unit = null;
        int unitStart = -1, unitLength = 0;

        // Prefixes: 约, about, 目标, $, ¥, 第, No., 百分之 ...
        for (int guard = 0; guard < 6 && FigureWords.Prefixes.TryMatch(text, pos, out var word, out int length); guard++)
        {
            switch (word.Kind)
            {
                case WordKind.Qualifier:
                    if (!TryQualify(text, pos, length, word.Qualifier, ref qualifier, ref qualifierWord, out string? conflict)) return Fail(text, pos, conflict);
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
        if (!TryReadBounds(text, ref pos, out var read, out string? numberError))
        {
            return Fail(text, pos, numberError ?? ExpectedNumber);
        }
        decimal value = read.Low, high = read.High;
        if (read.AtLeast && !TryQualify(text, read.AtLeastAt, read.AtLeastLength, Qualifier.AtLeast, ref qualifier, ref qualifierWord, out string? infixConflict))
            return Fail(text, read.AtLeastAt, infixConflict);
        if (pos < text.Length && FigureWords.IsDateWord(text[pos]) && !TryReadUnitWord(text, pos, out _, out _)) return Fail(text, pos, ExpectedNotDate);

        // Ordinals: 2nd, 3rd, 21st, 4th.
        if (read.PlainInteger && unitStart < 0 && IsOrdinalSuffix(text, pos))
        {
            unit = Unit.Rank;
            unitStart = pos;
            unitLength = 2;
            pos += 2;
        }

        // Latin scale words and dozen: "2.2 billion", "600 million dozen"; they multiply both bounds of a range.
        while (true)
        {
            int p = SkipSpaces(text, pos);
            if (!FigureWords.Scales.TryMatch(text, p, out var scale, out int scaleLength)) break;
            if (!TryMultiply(ref value, scale.Factor) || !TryMultiply(ref high, scale.Factor)) return Fail(text, p, ExpectedDigits);
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
                if (word.Factor != 1m && (!TryMultiply(ref value, word.Factor) || !TryMultiply(ref high, word.Factor))) return Fail(text, p, ExpectedDigits);
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
            if (options.DefaultUnit is null)
            {
                int p = SkipSpaces(text, pos);
                return IsCapitalCode(text, p) ? Fail(text, p, ExpectedKnownCurrency) : Fail(text, pos, ExpectedUnit);
            }
            unit = options.DefaultUnit;
        }

        // Suffixes: 以上, 左右, 近く, 未満, 目标, (target), machine qualifier codes.
        for (int guard = 0; guard < 4; guard++)
        {
            int p = SkipSpaces(text, pos);
            if (!FigureWords.Suffixes.TryMatch(text, p, out var word, out int length)) break;
            if (word.Kind == WordKind.Target) target = true;
            else if (word.Qualifier == Qualifier.Range && !read.IsRange) return Fail(text, p, ExpectedRangeBounds);
            else if (!TryQualify(text, p, length, word.Qualifier, ref qualifier, ref qualifierWord, out string? conflict)) return Fail(text, p, conflict);
            pos = p + length;
        }

        // A range is approximate by nature (约三四万 is a range); a one-sided bound on it is a contradiction.
        if (read.IsRange && qualifier is not (Qualifier.Exact or Qualifier.Approximately or Qualifier.Range)) return Fail(text, numberStart, ExpectedRangeQualifier);
        var quantity = new Quantity(DecimalText.Normalize(value), unit);
        var figure = read.IsRange ? new QualifiedQuantity(quantity, high, target) : new QualifiedQuantity(quantity, qualifier, target);
        return ParseResult<FigureMatch>.ForValue(
            new FigureMatch(figure, start, pos - start, numberStart, numberEnd - numberStart, unitStart, unitLength), text, pos);
    }

    private static ParseResult<FigureMatch> Fail(string text, int position, string expected) =>
        ParseResult<FigureMatch>.ForFailure(text, position, expected);

    /// <summary>
    /// Takes the qualifier word at <paramref name="at"/>. A figure has one qualifier: a second word that says the same
    /// (约3万人左右, 超过3万人以上) is redundant and kept; one that says another thing (over 3 million pairs or less,
    /// 不到2万多人, 近3亿元以上) is a contradiction, and which word the source meant is not for the reader to guess.
    /// </summary>
    private static bool TryQualify(string text, int at, int length, Qualifier found, ref Qualifier qualifier, ref (int At, int Length) word,
        [System.Diagnostics.CodeAnalysis.NotNullWhen(false)] out string? conflict)
    {
        conflict = null;
        if (word.At < 0)
        {
            qualifier = found;
            word = (at, length);
            return true;
        }
        // A range is approximate by nature: 约 before the code range (约 30000..40000 persons range) says nothing more.
        if (found == qualifier || found == Qualifier.Range && qualifier == Qualifier.Approximately) return true;
        conflict = $"{ExpectedOneQualifier}: '{text.Substring(word.At, word.Length)}' ({qualifier.ToCode()}) and '{text.Substring(at, length)}' ({found.ToCode()}) contradict each other; keep the one the source means";
        return false;
    }

    private static bool TryReadUnitWord(string text, int pos, out FigureWord word, out int length)
    {
        if (FigureWords.UnitWords.TryMatch(text, pos, out word, out length)) return true;
        // Another currency ClusterStats knows, by its ISO 4217 code: "1.5 billion TRY", "3 CHF". Three capitals alone
        // are no currency: "200 SME firms" is not 200 of a currency SME.
        if (IsCapitalCode(text, pos) && Currency.IsKnownCode(text.AsSpan(pos, 3)))
        {
            word = new FigureWord(text.Substring(pos, 3), WordKind.Unit, Unit: Unit.Money(new Currency(text.Substring(pos, 3))));
            length = 3;
            return true;
        }
        return false;
    }

    /// <summary>Whether three capital letters stand at <paramref name="pos"/> as a word of their own, the shape of a currency code.</summary>
    private static bool IsCapitalCode(string text, int pos) =>
        pos + 3 <= text.Length && char.IsAsciiLetterUpper(text[pos]) && char.IsAsciiLetterUpper(text[pos + 1])
        && char.IsAsciiLetterUpper(text[pos + 2]) && !IsLatinLetterAt(text, pos + 3);

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

    /// <summary>What <see cref="TryReadNumber"/> read: the bounds (equal unless a range) and how the number ended.</summary>
    private struct NumberRead
    {
        public decimal Low, High;
        public bool IsRange, AtLeast, PlainInteger, UsedBig, UsedSmall, Chinese;
        /// <summary>Where the infix 多/余/여 ("more than") stands, when <see cref="AtLeast"/>.</summary>
        public int AtLeastAt, AtLeastLength;
        /// <summary>The product of every scale word after the last digit (3千万: 10^7), and of the big ones only (三十万: 10^4).</summary>
        public decimal TailAll, TailBig;
    }

    /// <summary>
    /// Reads a number or a range of numbers: <see cref="TryReadNumber"/>, then, when a range separator (- – — ~ 〜 至 ..;
    /// 、 and 到 between Chinese numerals or before a high bound that alone has the scale word) and a second number
    /// follow, the high bound. A low bound written without a scale
    /// word takes the scale words that end the high bound (2-3万: 20,000 to 30,000; 二十至三十万: 200,000 to 300,000).
    /// </summary>
    private static bool TryReadBounds(string text, ref int pos, out NumberRead read, out string? error)
    {
        if (!TryReadNumber(text, ref pos, out read, out error)) return false;
        if (read.IsRange || !TryRangeSeparator(text, pos, out int highStart, out bool weak)) return true;
        int p = highStart;
        if (!TryReadNumber(text, ref p, out var high, out string? highError))
        {
            // Not a second number (a hyphenated word, a list): the figure ends after the first number.
            if (highError == ExpectedNumber || weak) return true;
            pos = p;
            error = highError;
            return false;
        }
        // 、 and 到 also join list items and changes (从2万到3万): they make a range between Chinese numerals (二、三万),
        // or when only the high bound has the scale word (2、3万, 2到3万, 二十到三十万).
        if (weak && !(read.Chinese && high.Chinese && text[highStart - 1] == '、') && (read.UsedBig || high.TailBig == 1m && (read.UsedSmall || high.TailAll == 1m)))
            return true;
        if (high.IsRange || read.AtLeast || high.AtLeast)
        {
            pos = highStart;
            error = ExpectedRangeBound;
            return false;
        }
        decimal factor = read.UsedBig ? 1m : read.UsedSmall ? high.TailBig : high.TailAll;
        decimal low;
        try
        {
            low = read.Low * factor;
        }
        catch (OverflowException)
        {
            error = ExpectedDigits;
            return false;
        }
        if (high.Low <= low)
        {
            pos = highStart;
            error = ExpectedHighBound;
            return false;
        }
        read.Low = low;
        read.High = high.Low;
        read.IsRange = true;
        read.PlainInteger = false;
        read.TailAll = high.TailAll;
        read.TailBig = high.TailBig;
        pos = p;
        return true;
    }

    /// <summary>
    /// Whether a range separator stands at <paramref name="pos"/>; <paramref name="next"/> is where the high bound
    /// starts; <paramref name="weak"/> for 、 and 到, which also join list items and changes.
    /// </summary>
    private static bool TryRangeSeparator(string text, int pos, out int next, out bool weak)
    {
        next = pos;
        weak = false;
        int n = text.Length;
        if (pos + 1 < n && text[pos] == '.' && text[pos + 1] == '.')
        {
            next = pos + 2;
            return true;
        }
        if (pos < n && text[pos] == '、')
        {
            next = pos + 1;
            weak = true;
            return next < n && (char.IsAsciiDigit(Fold(text[next])) || ChineseDigit(text[next]) > 0);
        }
        int p = SkipSpaces(text, pos);
        if (p >= n || Fold(text[p]) is not ('-' or '–' or '—' or '~' or '〜' or '至' or '到')) return false;
        weak = text[p] == '到';
        next = SkipSpaces(text, p + 1);
        // The high bound may be negative after a dash or tilde (-5–-3), never after a plain hyphen (5--3).
        int digit = next < n && Fold(text[next]) == '-' && Fold(text[p]) != '-' ? next + 1 : next;
        return digit < n && (char.IsAsciiDigit(Fold(text[digit])) || ChineseDigit(text[digit]) >= 0);
    }

    /// <summary>
    /// Reads a number: sign, ASCII or full-width digits with grouping and decimals, Chinese numerals, and the CJK
    /// scale characters between them (2千5百万, 1億4000万, 三十五亿, 万亿, 四万万), then an infix 多/余/여 ("more than")
    /// with an optional further scale (130多亿, 35亿余). Two adjacent non-zero Chinese digits, the second the larger,
    /// are a range at their place (三四万, 二十七八, 三千四五百), and 几/数 after a higher place is any digit 1 to 9
    /// (十几, 十数万). On failure <paramref name="pos"/> is where reading failed.
    /// </summary>
    private static bool TryReadNumber(string text, ref int pos, out NumberRead read, out string? error)
    {
        read = default;
        error = null;
        int n = text.Length;
        int p = pos;
        bool negative = false;
        if (p + 1 < n && Fold(text[p]) == '-' && (char.IsAsciiDigit(Fold(text[p + 1])) || ChineseDigit(text[p + 1]) >= 0))
        {
            negative = true;
            p++;
        }
        decimal totalLo = 0, totalHi = 0, sectionLo = 0, sectionHi = 0, lastBig = 0, bigBeforeSection = 0, addedLo = 0, addedHi = 0;
        decimal tailAll = 1, tailBig = 1;
        decimal? numberLo = null, numberHi = null;
        bool numberIsArabic = false, digitRun = false, any = false, usedScale = false, usedBig = false, usedSmall = false, hasFraction = false;
        bool digitsSinceBig = false, bigJustRead = false, anyArabic = false, bigCombined = false;
        int rangeState = 0; // 0: no range; 1: range digits read, their place may follow; 2: place read, only bigger scales may follow.
        int sectionStart = -1;
        // The number being read (the digits after the last scale word): where it starts, its digits, and the scale
        // words right before it, since a lone digit there stands at the next lower place (一万二 = 12,000).
        int tokenStart = -1, tokenDigits = 0, scaleEnd = -1, scalesSinceDigit = 0;
        bool tokenZeroLed = false;
        decimal placeBefore = 1m, scalesBefore = 0;
        try
        {
            while (p < n)
            {
                char c = Fold(text[p]);
                if (char.IsAsciiDigit(c))
                {
                    if (numberLo is not null) break;
                    if (rangeState != 0) return Fail(ref pos, p, ExpectedRangeEnd, out error);
                    int before = p;
                    if (!TryReadArabic(text, ref p, out decimal arabic, out hasFraction)) return Fail(ref pos, before, ExpectedDigits, out error);
                    if (!digitsSinceBig) sectionStart = before;
                    StartToken(before, IntegerDigits(text, before, p), zeroLed: false);
                    numberLo = numberHi = arabic;
                    numberIsArabic = anyArabic = true;
                    digitRun = false;
                    any = digitsSinceBig = true;
                    bigJustRead = false;
                    tailAll = tailBig = 1;
                    continue;
                }
                int digit = ChineseDigit(c);
                bool vague = IsVagueDigit(text, p, any && p > 0 && SmallScale(text[p - 1]) > 0);
                if (digit >= 0 || vague)
                {
                    if (numberIsArabic && numberLo is not null) break;
                    if (rangeState != 0) return Fail(ref pos, p, ExpectedRangeEnd, out error);
                    if (!digitsSinceBig) sectionStart = p;
                    if (numberLo is null) StartToken(p, 0, zeroLed: digit == 0);
                    if (vague)
                    {
                        if (!any) return Fail(ref pos, p, ExpectedNotVague, out error);
                        if (numberLo is not null) return Fail(ref pos, p, ExpectedRangeDigits, out error);
                        numberLo = 1;
                        numberHi = 9;
                        rangeState = 1;
                        tokenDigits = 1;
                        p++;
                    }
                    else if (!digitRun && RunLength(text, p) == 2 && ChineseDigit(text[p + 1]) is var second && digit > 0 && second > 0)
                    {
                        if (second <= digit) return Fail(ref pos, p, ExpectedRangeDigits, out error);
                        numberLo = digit;
                        numberHi = second;
                        rangeState = 1;
                        tokenDigits = 1;
                        p += 2;
                    }
                    else if (!digitRun && IsRunOfPlainDigitsBeforeScale(text, p))
                    {
                        return Fail(ref pos, p, ExpectedDigitRun, out error);
                    }
                    else
                    {
                        numberLo = numberHi = digitRun && numberLo is { } previous ? previous * 10 + digit : digit;
                        digitRun = true;
                        tokenDigits++;
                        p++;
                    }
                    numberIsArabic = false;
                    any = digitsSinceBig = true;
                    bigJustRead = false;
                    tailAll = tailBig = 1;
                    continue;
                }
                decimal small = SmallScale(c);
                if (small > 0)
                {
                    if (!any && c is not ('十' or '百' or '千')) break;
                    if (rangeState == 2) return Fail(ref pos, p, ExpectedRangeEnd, out error);
                    if (rangeState == 1) rangeState = 2;
                    if (!digitsSinceBig) sectionStart = p;
                    sectionLo += (numberLo ?? 1m) * small;
                    sectionHi += (numberHi ?? 1m) * small;
                    numberLo = numberHi = null;
                    numberIsArabic = digitRun = bigJustRead = false;
                    any = usedScale = usedSmall = digitsSinceBig = true;
                    tailAll *= small;
                    AfterScale(p + 1);
                    p++;
                    continue;
                }
                decimal big = BigScale(c);
                if (big > 0 && any)
                {
                    if (bigJustRead)
                    {
                        // Scale words multiplied as usage has it: 万亿 = 10^12, 万万 = 10^8; no other repetition.
                        decimal combined = lastBig * big;
                        if (bigCombined || lastBig != 10_000m || big > 100_000_000m || (bigBeforeSection > 0 && combined >= bigBeforeSection))
                            return Fail(ref pos, p, ExpectedScaleOnce, out error);
                        totalLo += addedLo * (big - 1);
                        totalHi += addedHi * (big - 1);
                        addedLo *= big;
                        addedHi *= big;
                        lastBig = combined;
                        bigCombined = true;
                    }
                    else
                    {
                        // 3亿5亿: two numbers side by side. 三万五千亿 = 35,000 × 10^8: a bigger scale multiplies all before it.
                        if (lastBig > 0 && big == lastBig) return Fail(ref pos, sectionStart, ExpectedNotJuxtaposed, out error);
                        if (rangeState == 1) rangeState = 2;
                        if (big > lastBig)
                        {
                            addedLo = (totalLo + sectionLo + (numberLo ?? 0m)) * big;
                            addedHi = (totalHi + sectionHi + (numberHi ?? 0m)) * big;
                            totalLo = addedLo;
                            totalHi = addedHi;
                            bigBeforeSection = 0;
                        }
                        else
                        {
                            addedLo = (sectionLo + (numberLo ?? 0m)) * big;
                            addedHi = (sectionHi + (numberHi ?? 0m)) * big;
                            totalLo += addedLo;
                            totalHi += addedHi;
                            bigBeforeSection = lastBig;
                        }
                        lastBig = big;
                        bigCombined = false;
                    }
                    sectionLo = sectionHi = 0;
                    numberLo = numberHi = null;
                    numberIsArabic = digitRun = digitsSinceBig = false;
                    usedScale = usedBig = bigJustRead = true;
                    tailAll *= big;
                    tailBig *= big;
                    AfterScale(p + 1);
                    p++;
                    continue;
                }
                break;
            }
            if (!any) return Fail(ref pos, p, ExpectedNumber, out error);
            // The number ends on digits right after a scale word: a lone Chinese digit (or range of two, or 几) stands
            // at the next lower place (一万二 = 12,000, 三千四五 = 3,400 to 3,500; 一万零二 = 10,002 says its zero);
            // Arabic digits must fill every place below (3万5000), since 1万2 could be either.
            if (numberLo is not null && tokenStart == scaleEnd && !tokenZeroLed)
            {
                if (numberIsArabic)
                {
                    if (Pow10(tokenDigits) != placeBefore) return Fail(ref pos, tokenStart, ExpectedPlaceDigits, out error);
                }
                else if (placeBefore > 10m)
                {
                    if (scalesBefore > 1) return Fail(ref pos, tokenStart, ExpectedOnePlaceBefore, out error);
                    if (tokenDigits > 1) return Fail(ref pos, tokenStart, ExpectedDigitAfterPlace, out error);
                    numberLo *= placeBefore / 10m;
                    numberHi *= placeBefore / 10m;
                }
            }
            read.PlainInteger = !usedScale && numberIsArabic && !hasFraction;
            read.Low = totalLo + sectionLo + (numberLo ?? 0m);
            read.High = totalHi + sectionHi + (numberHi ?? 0m);
            read.IsRange = rangeState != 0;
            read.UsedBig = usedBig;
            read.UsedSmall = usedSmall;
            read.Chinese = !anyArabic;

            int q = p;
            if (q < n && text[q] is '多' or '余' or '餘') q++;
            else if (SkipSpaces(text, q) is var s && s < n && text[s] == '여') q = s + 1;
            if (q != p)
            {
                if (read.IsRange) return Fail(ref pos, p, ExpectedRangeBound, out error);
                read.AtLeast = true;
                read.AtLeastAt = q - 1;
                read.AtLeastLength = 1;
                read.PlainInteger = false;
                p = q;
                decimal after = p < n ? BigScale(Fold(text[p])) : 0;
                if (after > 0)
                {
                    read.Low *= after;
                    read.High *= after;
                    tailAll *= after;
                    tailBig *= after;
                    p++;
                }
            }
            read.TailAll = tailAll;
            read.TailBig = tailBig;
        }
        catch (OverflowException)
        {
            error = ExpectedDigits;
            return false;
        }
        if (negative)
        {
            (read.Low, read.High) = (-read.High, -read.Low);
        }
        pos = p;
        return true;

        void StartToken(int at, int digits, bool zeroLed)
        {
            tokenStart = at;
            tokenDigits = digits;
            tokenZeroLed = zeroLed;
            placeBefore = tailAll;
            scalesBefore = scalesSinceDigit;
            scalesSinceDigit = 0;
        }

        void AfterScale(int end)
        {
            scaleEnd = end;
            scalesSinceDigit++;
        }
    }

    /// <summary>The number of integer digits written from <paramref name="start"/> to <paramref name="end"/> (grouping commas not counted).</summary>
    private static int IntegerDigits(string text, int start, int end)
    {
        int digits = 0;
        for (int i = start; i < end && Fold(text[i]) != '.'; i++)
        {
            if (char.IsAsciiDigit(Fold(text[i]))) digits++;
        }
        return digits;
    }

    private static decimal Pow10(int exponent)
    {
        decimal result = 1m;
        for (int i = 0; i < exponent && i < 28; i++) result *= 10m;
        return result;
    }

    private static bool Fail(ref int pos, int at, string expected, out string? error)
    {
        pos = at;
        error = expected;
        return false;
    }

    /// <summary>
    /// Whether three or more Chinese digits from <paramref name="pos"/>, none of them 〇 or 零, stand before a scale
    /// word (五六七万): neither a range of two numerals nor digits written one by one (二〇二四), so not a number to guess.
    /// </summary>
    private static bool IsRunOfPlainDigitsBeforeScale(string text, int pos)
    {
        int run = RunLength(text, pos);
        if (run < 3 || pos + run >= text.Length) return false;
        for (int i = pos; i < pos + run; i++)
        {
            if (ChineseDigit(text[i]) == 0) return false;
        }
        char next = text[pos + run];
        return SmallScale(next) > 0 || BigScale(next) > 0;
    }

    /// <summary>The number of Chinese digits in a row from <paramref name="pos"/>.</summary>
    private static int RunLength(string text, int pos)
    {
        int end = pos;
        while (end < text.Length && ChineseDigit(text[end]) >= 0) end++;
        return end - pos;
    }

    /// <summary>
    /// Whether 几/幾/数/數 at <paramref name="pos"/> stands for any digit: after a higher place (十几, 二十几, 十数万) or before
    /// a scale word (几十, 数万, which are then refused as too vague); elsewhere (数据, 几个) it is not part of a number.
    /// </summary>
    private static bool IsVagueDigit(string text, int pos, bool afterPlace)
    {
        if (text[pos] is not ('几' or '幾' or '数' or '數')) return false;
        if (afterPlace) return true;
        return pos + 1 < text.Length && (SmallScale(text[pos + 1]) > 0 || BigScale(text[pos + 1]) > 0);
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
