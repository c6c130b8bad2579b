namespace ClusterStats.Internal;

/// <summary>What a word in a figure does.</summary>
internal enum WordKind : byte
{
    Qualifier,
    Target,
    Currency,
    YenSign,
    RankPrefix,
    PercentPrefix,
    Period,
    Scale,
    Unit,
    RankFollower,
}

/// <summary>One word of the figure grammar; <see cref="Factor"/> multiplies the value (scale words, 割 = 10 percent).</summary>
internal sealed record FigureWord(string Text, WordKind Kind, Qualifier Qualifier = Qualifier.Exact, Unit? Unit = null, decimal Factor = 1m);

/// <summary>Character folding and matching shared by the figure parser.</summary>
internal static class FigureText
{
    /// <summary>Folds full-width ASCII forms, the full-width yen sign, ideographic and no-break spaces and the minus sign.</summary>
    public static char Fold(char c) => c switch
    {
        >= '\uFF01' and <= '\uFF5E' => (char)(c - 0xFEE0),
        '\u3000' or '\u00A0' or '\u202F' => ' ',
        '\uFFE5' => '¥',
        '\u2212' => '-',
        _ => c,
    };

    /// <summary><see cref="Fold"/>, then ASCII upper case to lower case.</summary>
    public static char FoldLower(char c)
    {
        c = Fold(c);
        return c is >= 'A' and <= 'Z' ? (char)(c + 32) : c;
    }

    public static bool IsSpace(char c) => Fold(c) is ' ' or '\t';

    public static int SkipSpaces(string text, int pos)
    {
        while (pos < text.Length && IsSpace(text[pos])) pos++;
        return pos;
    }

    public static bool IsLatinLetterAt(string text, int pos) => pos < text.Length && char.IsAsciiLetter(Fold(text[pos]));

    /// <summary>Whether <paramref name="word"/> (lower case) stands at <paramref name="pos"/>, case-insensitively, on a word boundary.</summary>
    public static bool MatchesAt(string text, int pos, string word)
    {
        if (pos + word.Length > text.Length) return false;
        for (int i = 0; i < word.Length; i++)
        {
            char t = FoldLower(text[pos + i]);
            if (t != word[i] && !(word[i] == ' ' && IsSpace(text[pos + i]))) return false;
        }
        return !char.IsAsciiLetter(word[^1]) || !IsLatinLetterAt(text, pos + word.Length);
    }
}

/// <summary>The words of figures as Chinese, Japanese, Korean and English sources write them.</summary>
internal static class FigureWords
{
    public static readonly Unit Cny = Unit.Money(Currency.CNY);
    public static readonly Unit Jpy = Unit.Money(Currency.JPY);
    public static readonly Unit Usd = Unit.Money(Currency.USD);
    public static readonly Unit Eur = Unit.Money(Currency.EUR);
    public static readonly Unit Krw = Unit.Money(Currency.KRW);
    public static readonly Unit Try = Unit.Money(Currency.TRY);
    public static readonly Unit Gbp = Unit.Money(new Currency("GBP"));
    public static readonly Unit Hkd = Unit.Money(new Currency("HKD"));
    public static readonly Unit Projects = Unit.Count("projects");

    private static WordMatcher<FigureWord> Table(IEnumerable<FigureWord> words) => new(words.Select(w => (w.Text, w)));

    private static IEnumerable<FigureWord> Many(WordKind kind, Qualifier qualifier, params string[] words) =>
        words.Select(w => new FigureWord(w, kind, qualifier));

    private static IEnumerable<FigureWord> Units(Unit unit, params string[] words) =>
        words.Select(w => new FigureWord(w, WordKind.Unit, Unit: unit));

    /// <summary>Words before the number: qualifiers, target, currency signs and codes, 第/No. for ranks, 百分之.</summary>
    public static readonly WordMatcher<FigureWord> Prefixes = Table(
        Many(WordKind.Qualifier, Qualifier.Approximately, "约", "約", "大约", "大約", "大概", "およそ", "대략", "약", "about", "around", "some", "approximately", "roughly", "circa", "an estimated", "estimated")
        .Concat(Many(WordKind.Qualifier, Qualifier.Nearly, "近", "将近", "將近", "接近", "근", "nearly", "almost", "close to"))
        .Concat(Many(WordKind.Qualifier, Qualifier.AtLeast, "超过", "超過", "超", "逾", "over", "more than", "at least", "in excess of"))
        .Concat(Many(WordKind.Qualifier, Qualifier.AtMost, "不到", "不足", "不超过", "不超過", "最多", "under", "less than", "fewer than", "at most", "up to", "as many as"))
        .Concat(Many(WordKind.Target, Qualifier.Exact, "目标", "目標", "목표", "target", "target of"))
        .Concat(
        [
            new FigureWord("$", WordKind.Currency, Unit: Usd), new FigureWord("us$", WordKind.Currency, Unit: Usd),
            new FigureWord("usd", WordKind.Currency, Unit: Usd), new FigureWord("€", WordKind.Currency, Unit: Eur),
            new FigureWord("eur", WordKind.Currency, Unit: Eur), new FigureWord("euro", WordKind.Currency, Unit: Eur),
            new FigureWord("£", WordKind.Currency, Unit: Gbp), new FigureWord("₩", WordKind.Currency, Unit: Krw),
            new FigureWord("krw", WordKind.Currency, Unit: Krw), new FigureWord("₺", WordKind.Currency, Unit: Try),
            new FigureWord("rmb", WordKind.Currency, Unit: Cny), new FigureWord("cny", WordKind.Currency, Unit: Cny),
            new FigureWord("jpy", WordKind.Currency, Unit: Jpy), new FigureWord("¥", WordKind.YenSign),
            new FigureWord("第", WordKind.RankPrefix), new FigureWord("no.", WordKind.RankPrefix),
            new FigureWord("百分之", WordKind.PercentPrefix),
        ]));

    /// <summary>Words before a whole figure that state its period (年間22億足); accepted and ignored by whole-text parsing.</summary>
    public static readonly WordMatcher<FigureWord> Periods = Table(
        Many(WordKind.Period, Qualifier.Exact, "年間", "年间", "年产", "年產", "年産", "每年", "毎年", "연간", "annual", "annually"));

    /// <summary>Latin scale words after the number; dozen multiplies by 12.</summary>
    public static readonly WordMatcher<FigureWord> Scales = Table(
    [
        new FigureWord("thousand", WordKind.Scale, Factor: 1_000m), new FigureWord("million", WordKind.Scale, Factor: 1_000_000m),
        new FigureWord("mn", WordKind.Scale, Factor: 1_000_000m), new FigureWord("m", WordKind.Scale, Factor: 1_000_000m),
        new FigureWord("billion", WordKind.Scale, Factor: 1_000_000_000m), new FigureWord("bn", WordKind.Scale, Factor: 1_000_000_000m),
        new FigureWord("trillion", WordKind.Scale, Factor: 1_000_000_000_000m), new FigureWord("dozen", WordKind.Scale, Factor: 12m),
    ]);

    /// <summary>Unit words after the number (longest first, so 美元 wins over 元 and 人民币 over 人).</summary>
    public static readonly WordMatcher<FigureWord> UnitWords = Table(
        Units(Unit.Pairs, "双", "雙", "足", "켤레", "pairs", "pair")
        .Concat(Units(Cny, "元", "人民币", "人民幣", "yuan", "rmb", "renminbi", "위안", "cny"))
        .Concat(Units(Jpy, "円", "日元", "日圓", "yen", "엔", "jpy"))
        .Concat(Units(Usd, "美元", "美金", "ドル", "米ドル", "달러", "dollars", "dollar", "us dollars", "u.s. dollars", "usd"))
        .Concat(Units(Eur, "欧元", "歐元", "ユーロ", "유로", "euros", "euro", "eur"))
        .Concat(Units(Krw, "원", "韩元", "韓元", "ウォン", "won", "krw"))
        .Concat(Units(Try, "lira", "리라", "リラ"))
        .Concat(Units(Hkd, "港元", "港币", "港幣"))
        .Concat(Units(Unit.Firms, "家", "社", "企业", "企業", "개", "곳", "户", "戶", "firms", "firm", "companies", "company", "enterprises", "enterprise"))
        .Concat(Units(Unit.Persons, "人", "名", "명", "workers", "worker", "employees", "employee", "people", "persons", "person", "staff"))
        .Concat(Units(Unit.Machines, "台", "臺", "대", "machines", "machine"))
        .Concat(Units(Unit.Percent, "%", "percent", "per cent", "パーセント", "퍼센트"))
        .Concat(Units(Unit.Rank, "位", "위", "rank"))
        .Concat(Units(Projects, "项目", "項目", "projects", "project"))
        .Append(new FigureWord("割", WordKind.Unit, Unit: Unit.Percent, Factor: 10m))
        .Append(new FigureWord("成", WordKind.Unit, Unit: Unit.Percent, Factor: 10m)));

    /// <summary>Words after 第N that belong to the rank: 第2位, 第一名, 第二大, 2番目.</summary>
    public static readonly WordMatcher<FigureWord> RankFollowers = Table(
        Many(WordKind.RankFollower, Qualifier.Exact, "位", "名", "大", "番目", "番", "위"));

    /// <summary>Words after the unit: qualifiers, target, and the machine qualifier codes.</summary>
    public static readonly WordMatcher<FigureWord> Suffixes = Table(
        Many(WordKind.Qualifier, Qualifier.AtLeast, "以上", "超", "余", "余り", "이상", "or more", "-plus", "at-least")
        .Concat(Many(WordKind.Qualifier, Qualifier.Approximately, "左右", "前後", "程度", "가량", "정도", "or so", "approximately"))
        .Concat(Many(WordKind.Qualifier, Qualifier.Nearly, "近く", "nearly"))
        .Concat(Many(WordKind.Qualifier, Qualifier.AtMost, "未満", "以下", "이하", "미만", "or less", "or fewer", "at-most"))
        .Concat(Many(WordKind.Qualifier, Qualifier.Exact, "exact"))
        .Concat(Many(WordKind.Qualifier, Qualifier.Range, "range"))
        .Concat(Many(WordKind.Target, Qualifier.Exact, "目标", "目標", "목표", "target", "(target)", "(目标)", "(目標)")));

    /// <summary>Characters that make the number before them a date, time, duration or age rather than a figure.</summary>
    public static bool IsDateWord(char c) => c is '年' or '月' or '日' or '歳' or '岁' or '歲' or '時' or '时' or '号' or '號'
        or '周' or '週' or '天' or '秒' or '分' or '년' or '월' or '일' or '세' or '살' or '시';
}
