using System.Globalization;

namespace ClusterStats.Internal;

/// <summary>Writes figures for people (en, zh, ja) and in the invariant machine form. Culture-invariant.</summary>
internal static class FigureFormatter
{
    private static readonly (decimal Size, string Word)[] EnglishScales = [(1_000_000_000_000m, " trillion"), (1_000_000_000m, " billion"), (1_000_000m, " million")];
    private static readonly (decimal Size, string Word)[] ChineseScales = [(1_000_000_000_000m, "万亿"), (100_000_000m, "亿"), (10_000m, "万")];
    private static readonly (decimal Size, string Word)[] JapaneseScales = [(1_000_000_000_000m, "兆"), (100_000_000m, "億"), (10_000m, "万")];

    public static string Format(QualifiedQuantity figure, FigureLanguage language) => language switch
    {
        FigureLanguage.Invariant => Invariant(figure),
        FigureLanguage.English => English(figure, FigurePrecision.Exact),
        FigureLanguage.Chinese => Chinese(figure),
        FigureLanguage.Japanese => Japanese(figure),
        _ => throw new ArgumentOutOfRangeException(nameof(language), language, "Unknown figure language."),
    };

    private static string Invariant(QualifiedQuantity figure)
    {
        string number = DecimalText.Plain(figure.Value) + (figure.ValueHigh is decimal high ? ".." + DecimalText.Plain(high) : "");
        string text = number + " " + figure.Unit.Code;
        if (figure.Qualifier != Qualifier.Exact) text += " " + figure.Qualifier.ToCode();
        return figure.IsTarget ? text + " target" : text;
    }

    /// <summary>
    /// The figure in English for people: the qualifier word, then the number in the words of its unit ("$1.036 billion",
    /// "3.5 billion yuan", "65%", "No. 2"), then "(target)" for a plan target. A calendar year is a label: its plain
    /// digits, never grouped, scaled or rounded. <see cref="FigurePrecision.Table"/> rounds (see
    /// <see cref="Number(decimal, FigurePrecision)"/>) and marks a changed value with "≈" before the number.
    /// </summary>
    public static string English(QualifiedQuantity figure, FigurePrecision precision = FigurePrecision.Exact)
    {
        var unit = figure.Unit;
        bool rounded = false;
        string number = unit.Code == "year"
            ? DecimalText.Plain(figure.Value) + (figure.ValueHigh is decimal y ? "–" + DecimalText.Plain(y) : "")
            : precision == FigurePrecision.Table
                ? RoundedBounds(figure.Value, figure.ValueHigh, out rounded)
                : figure.ValueHigh is decimal high
                    ? ScaledPair(figure.Value, high, EnglishScales, maxDecimals: 3, "–", repeatScale: false, grouped: true)
                    : Scaled(figure.Value, EnglishScales, maxDecimals: 3, out _, grouped: true);
        string body = unit.Code switch
        {
            "year" => number,
            "percent" => number + "%",
            "rank" => "No. " + number,
            "USD" => "$" + number,
            "EUR" => "€" + number,
            "CNY" => number + " yuan",
            "JPY" => number + " yen",
            "KRW" => number + " won",
            _ => number + " " + unit.Code,
        };
        return EnglishPrefix(figure.Qualifier) + (rounded ? "≈" : "") + body + (figure.IsTarget ? " (target)" : "");
    }

    /// <summary>The English words before a value of <paramref name="qualifier"/>: "about ", "nearly ", "more than ",
    /// "at most ", or nothing (exact, and a range, whose bounds say it).</summary>
    public static string EnglishPrefix(Qualifier qualifier) => qualifier switch
    {
        Qualifier.Approximately => "about ",
        Qualifier.Nearly => "nearly ",
        Qualifier.AtLeast => "more than ",
        Qualifier.AtMost => "at most ",
        _ => "",
    };

    /// <summary>
    /// A number in English: every digit with <see cref="FigurePrecision.Exact"/> (scale words only where exact), or
    /// rounded for tables with "≈" in front when rounding changed it: 12.62 million, ≈1.591, ≈0.0001235,
    /// -44.06 million, ≈1 billion for 999,995,000 (the carry moves up a word, never 1,000 million). Below a million
    /// the whole-number digits are kept (99,995 stays 99,995: without a scale word a rounded 100,000 would read as a
    /// value of its own).
    /// </summary>
    public static string Number(decimal value, FigurePrecision precision = FigurePrecision.Exact)
    {
        if (precision == FigurePrecision.Exact) return Scaled(value, EnglishScales, maxDecimals: 3, out _, grouped: true);
        var (digits, word) = Rounded(value, out bool rounded);
        return (rounded ? "≈" : "") + digits + word;
    }

    /// <summary>The significant digits a number for tables keeps (<see cref="FigurePrecision.Table"/>).</summary>
    private const int SignificantDigits = 4;

    // Both bounds rounded for tables, the scale word written once when they share it: 12.62–13.5 million.
    private static string RoundedBounds(decimal low, decimal? high, out bool rounded)
    {
        var (lowDigits, lowWord) = Rounded(low, out rounded);
        if (high is not decimal h) return lowDigits + lowWord;
        var (highDigits, highWord) = Rounded(h, out bool highRounded);
        rounded |= highRounded;
        return lowWord == highWord ? lowDigits + "–" + highDigits + highWord : lowDigits + lowWord + "–" + highDigits + highWord;
    }

    // The value rounded to SignificantDigits significant digits: grouped digits and the scale word (" million" or "").
    private static (string Digits, string Word) Rounded(decimal value, out bool rounded)
    {
        rounded = false;
        if (value == 0) return ("0", "");
        decimal shown;
        if (Math.Abs(value) < 1_000_000m && RoundSignificant(value) is var small && Math.Abs(small) < 1_000_000m)
        {
            // The whole-number digits stay; only decimals are rounded away.
            shown = Math.Abs(small) >= 10_000m ? decimal.Round(value, 0, MidpointRounding.AwayFromZero) : small;
            rounded = shown != value;
            return (Plain(shown, grouped: true), "");
        }
        // The mantissa is rounded, then a carry moves up a word: 999,995,000 is 1 billion, not 1,000 million.
        int scale = EnglishScales.Length - 1;
        shown = RoundSignificant(value / EnglishScales[scale].Size);
        while (Math.Abs(shown) >= 1000m && scale > 0) shown = RoundSignificant(value / EnglishScales[--scale].Size);
        // The shown mantissa times a power of ten is exact unless it passes the largest decimal, which no value equals.
        decimal size = EnglishScales[scale].Size;
        rounded = Math.Abs(shown) > decimal.MaxValue / size || shown * size != value;
        return (Plain(shown, grouped: true), EnglishScales[scale].Word);
    }

    // The value rounded to SignificantDigits significant digits, half away from zero (exact decimal arithmetic).
    private static decimal RoundSignificant(decimal value)
    {
        int decimals = SignificantDigits - 1 - Magnitude(value);
        if (decimals >= 0) return decimal.Round(value, Math.Min(decimals, 28), MidpointRounding.AwayFromZero);
        decimal unit = 1m;
        for (int i = decimals; i < 0; i++) unit *= 10m;
        return decimal.Round(value / unit, 0, MidpointRounding.AwayFromZero) * unit;
    }

    // The power of ten of the leading digit: 3 for 1234.5, -4 for 0.0001234 (exact: decimal division by 10).
    private static int Magnitude(decimal value)
    {
        decimal abs = Math.Abs(value);
        int magnitude = 0;
        while (abs >= 10m) { abs /= 10m; magnitude++; }
        while (abs < 1m) { abs *= 10m; magnitude--; }
        return magnitude;
    }

    private static string Chinese(QualifiedQuantity figure)
    {
        var unit = figure.Unit;
        bool scaledWhole = false;
        string number = figure.ValueHigh is decimal high
            ? ScaledPair(figure.Value, high, ChineseScales, maxDecimals: 4, "至", repeatScale: true, grouped: false)
            : Scaled(figure.Value, ChineseScales, maxDecimals: 4, out scaledWhole, grouped: false);
        bool infixMore = figure.Qualifier == Qualifier.AtLeast && scaledWhole && unit != Unit.Rank;
        if (infixMore) number += "多";
        string body = unit == Unit.Rank ? "第" + number + "位" : number + UnitWord(unit, ChineseUnitWord);
        string prefix = figure.Qualifier switch
        {
            Qualifier.Approximately => "约",
            Qualifier.Nearly => "近",
            Qualifier.AtLeast when !infixMore => "超过",
            Qualifier.AtMost => "不到",
            _ => "",
        };
        return prefix + body + (figure.IsTarget ? "目标" : "");
    }

    private static string Japanese(QualifiedQuantity figure)
    {
        var unit = figure.Unit;
        string number = figure.ValueHigh is decimal high
            ? ScaledPair(figure.Value, high, JapaneseScales, maxDecimals: 4, "～", repeatScale: true, grouped: false)
            : Scaled(figure.Value, JapaneseScales, maxDecimals: 4, out _, grouped: false);
        string body = unit == Unit.Rank ? "第" + number + "位" : number + UnitWord(unit, JapaneseUnitWord);
        string text = figure.Qualifier switch
        {
            Qualifier.Approximately => "約" + body,
            Qualifier.Nearly => body + "近く",
            Qualifier.AtLeast => body + "以上",
            Qualifier.AtMost => body + "以下",
            _ => body,
        };
        return text + (figure.IsTarget ? "目標" : "");
    }

    private static string? ChineseUnitWord(string code) => code switch
    {
        "pairs" or "pair" => "双",
        "firms" or "firm" => "家",
        "persons" or "person" => "人",
        "machines" or "machine" => "台",
        "projects" or "project" => "项目",
        "percent" => "%",
        "CNY" => "元",
        "USD" => "美元",
        "JPY" => "日元",
        "EUR" => "欧元",
        "KRW" => "韩元",
        _ => null,
    };

    private static string? JapaneseUnitWord(string code) => code switch
    {
        "pairs" or "pair" => "足",
        "firms" or "firm" => "社",
        "persons" or "person" => "人",
        "machines" or "machine" => "台",
        "projects" or "project" => "項目",
        "percent" => "%",
        "CNY" => "元",
        "USD" => "ドル",
        "JPY" => "円",
        "EUR" => "ユーロ",
        "KRW" => "ウォン",
        _ => null,
    };

    /// <summary>The unit's word, "元/双" for a simple quotient, or the unit code after a space.</summary>
    private static string UnitWord(Unit unit, Func<string, string?> word)
    {
        if (word(unit.Code) is { } single) return single;
        var parts = unit.Code.Split('/');
        if (parts.Length == 2 && word(parts[0]) is { } numerator && word(parts[1]) is { } denominator) return numerator + "/" + denominator;
        return Currency.IsIsoCode(unit.Code) ? unit.Code : " " + unit.Code;
    }

    /// <summary>
    /// Both bounds of a range with one scale word that suits both (the largest that keeps at most
    /// <paramref name="maxDecimals"/> decimals on each, never rounded): "2–3 billion" in English, "3万至4万" in Chinese
    /// (the scale written on both bounds when <paramref name="repeatScale"/>); otherwise both plain.
    /// </summary>
    private static string ScaledPair(decimal low, decimal high, (decimal Size, string Word)[] scales, int maxDecimals, string separator, bool repeatScale, bool grouped)
    {
        foreach (var (size, word) in scales)
        {
            if (Math.Abs(low) < size || Math.Abs(high) < size) continue;
            if (Mantissa(low, size, maxDecimals) is not { } lo || Mantissa(high, size, maxDecimals) is not { } hi) continue;
            return DecimalText.Plain(lo) + (repeatScale ? word : "") + separator + DecimalText.Plain(hi) + word;
        }
        return Plain(low, grouped) + separator + Plain(high, grouped);
    }

    private static decimal? Mantissa(decimal value, decimal size, int maxDecimals)
    {
        decimal mantissa = DecimalText.Normalize(value / size);
        return mantissa * size == value && mantissa.Scale <= maxDecimals ? mantissa : null;
    }

    private static string Plain(decimal value, bool grouped) =>
        grouped ? value.ToString("#,0.############################", CultureInfo.InvariantCulture) : DecimalText.Plain(value);

    /// <summary>
    /// The value with the largest scale word that keeps at most <paramref name="maxDecimals"/> decimals, never rounded;
    /// otherwise the plain value (grouped with commas for English).
    /// </summary>
    private static string Scaled(decimal value, (decimal Size, string Word)[] scales, int maxDecimals, out bool scaledWhole, bool grouped)
    {
        foreach (var (size, word) in scales)
        {
            if (Math.Abs(value) < size || Mantissa(value, size, maxDecimals) is not { } mantissa) continue;
            scaledWhole = mantissa.Scale == 0;
            return DecimalText.Plain(mantissa) + word;
        }
        scaledWhole = false;
        return Plain(value, grouped);
    }
}
