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
        FigureLanguage.English => English(figure),
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

    private static string English(QualifiedQuantity figure)
    {
        var unit = figure.Unit;
        string number = figure.ValueHigh is decimal high
            ? ScaledPair(figure.Value, high, EnglishScales, maxDecimals: 3, "–", repeatScale: false, grouped: true)
            : Scaled(figure.Value, EnglishScales, maxDecimals: 3, out _, grouped: true);
        string body = unit.Code switch
        {
            "percent" => number + "%",
            "rank" => "No. " + number,
            "USD" => "$" + number,
            "EUR" => "€" + number,
            "CNY" => number + " yuan",
            "JPY" => number + " yen",
            "KRW" => number + " won",
            _ => number + " " + unit.Code,
        };
        string prefix = figure.Qualifier switch
        {
            Qualifier.Approximately => "about ",
            Qualifier.Nearly => "nearly ",
            Qualifier.AtLeast => "more than ",
            Qualifier.AtMost => "less than ",
            _ => "",
        };
        return prefix + body + (figure.IsTarget ? " (target)" : "");
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
