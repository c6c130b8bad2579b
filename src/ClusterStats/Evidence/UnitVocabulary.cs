using System.Globalization;
using ClusterStats.Internal;

namespace ClusterStats;

/// <summary>
/// The closed vocabulary of unit words that figure files may use: each known unit's code (<c>pairs</c>, <c>CNY</c>)
/// and its aliases (<c>双</c>, <c>足</c>, <c>켤레</c> for pairs; <c>RMB</c>, <c>元</c>, <c>yuan</c> for CNY), compared
/// case-insensitively, and units made of them by division and multiplication (<c>CNY/pair</c>, <c>pairs/firm</c>). A
/// word outside the vocabulary is an error with the nearest known word ("'paris' is not a unit; did you mean
/// 'pairs'?"), never a new unit: units of your own are declared (<see cref="Declare"/>, or a units file read by
/// <see cref="Read(string, CsvReadOptions?)"/>). Immutable; <see cref="Declare"/> returns a new vocabulary.
/// </summary>
public sealed class UnitVocabulary
{
    private readonly Dictionary<string, Unit> _words;
    private readonly List<(Unit Unit, List<string> Aliases)> _units;

    private UnitVocabulary(Dictionary<string, Unit> words, List<(Unit, List<string>)> units)
    {
        _words = words;
        _units = units;
    }

    /// <summary>
    /// The units ClusterStats knows: the counts pairs (pair, 双, 足, 켤레), firms (firm, 家, 社, enterprises, companies),
    /// persons (person, 人, 명, people), machines (machine, 台), year (a calendar year), years (a duration), projects
    /// (project); percent (%); rank (位); and money in CNY
    /// (RMB, yuan, 元, 人民币), JPY (yen, 円, 日元), USD (US$, 美元), EUR (euro, euros, €, 欧元), KRW (won, 원, 韩元) and
    /// the ISO codes TRY, GBP, HKD, TWD, INR, VND, THB, IDR, MYR, PHP, SGD, AUD, CAD, CHF, MXN, BRL, RUB, PKR, BDT.
    /// </summary>
    public static UnitVocabulary BuiltIn { get; } = CreateBuiltIn();

    private static UnitVocabulary CreateBuiltIn()
    {
        var v = new UnitVocabulary(new Dictionary<string, Unit>(StringComparer.OrdinalIgnoreCase), []);
        v.Add(Unit.Pairs, ["pair", "双", "足", "켤레"]);
        v.Add(Unit.Firms, ["firm", "家", "社", "enterprises", "companies"]);
        v.Add(Unit.Persons, ["person", "人", "명", "people"]);
        v.Add(Unit.Machines, ["machine", "台"]);
        v.Add(Unit.Count("year"), []);
        v.Add(Unit.Count("years"), []);
        v.Add(Unit.Count("projects"), ["project"]);
        v.Add(Unit.Percent, ["%"]);
        v.Add(Unit.Rank, ["位"]);
        v.Add(Unit.Money(Currency.CNY), ["RMB", "yuan", "元", "人民币"]);
        v.Add(Unit.Money(new Currency("JPY")), ["yen", "円", "日元"]);
        v.Add(Unit.Money(Currency.USD), ["US$", "美元"]);
        v.Add(Unit.Money(new Currency("EUR")), ["euro", "euros", "€", "欧元"]);
        v.Add(Unit.Money(new Currency("KRW")), ["won", "원", "韩元"]);
        foreach (var code in Currency.KnownCodes)
        {
            if (!v._words.ContainsKey(code)) v.Add(Unit.Money(new Currency(code)), []);
        }
        return v;
    }

    /// <summary>The codes of the known units, built-in first, then declared ones in the order declared.</summary>
    public IReadOnlyList<string> Codes => _units.Select(u => u.Unit.Code).ToArray();

    /// <summary>The aliases of the unit with <paramref name="code"/> (empty when it has none or is unknown).</summary>
    public IReadOnlyList<string> AliasesOf(string code) =>
        _units.FirstOrDefault(u => string.Equals(u.Unit.Code, code, StringComparison.Ordinal)).Aliases?.ToArray() ?? [];

    /// <summary>
    /// This vocabulary with one more unit or more aliases: a new <paramref name="code"/> of kind
    /// <see cref="UnitKind.Count"/> (lower-case letters, digits, '_' or '-', starting with a letter, such as
    /// <c>projects</c>) or <see cref="UnitKind.Money"/> (an ISO 4217 code such as <c>NOK</c>); or a known code with
    /// its own kind, to give it more <paramref name="aliases"/>.
    /// </summary>
    /// <exception cref="ArgumentException">The code does not fit its kind, the kind differs from the known unit's, or an alias is already a word of another unit.</exception>
    public UnitVocabulary Declare(string code, UnitKind kind, params IEnumerable<string> aliases)
    {
        ArgumentNullException.ThrowIfNull(code);
        ArgumentNullException.ThrowIfNull(aliases);
        var copy = new UnitVocabulary(new Dictionary<string, Unit>(_words, StringComparer.OrdinalIgnoreCase),
            _units.Select(u => (u.Unit, new List<string>(u.Aliases))).ToList());
        if (copy.TryDeclare(code, kind, aliases.ToArray()) is { } problem)
            ThrowHelper.Argument(nameof(code), $"Cannot declare the unit '{ThrowHelper.Shorten(code)}': found '{ThrowHelper.Shorten(problem.Found)}'; expected {problem.Expected}.");
        return copy;
    }

    /// <summary>
    /// Reads a units file (<c>code,kind,aliases</c>, see data/README.md) over <see cref="CsvReadOptions.Units"/> of
    /// <paramref name="options"/> (or <see cref="BuiltIn"/>): each row declares a unit of your own or more aliases of a
    /// known unit, as <see cref="Declare"/> does; aliases are separated by '|'.
    /// </summary>
    /// <exception cref="InputException">The file has problems; each names its line, column, the text found and what was expected.</exception>
    public static UnitVocabulary Read(string path, CsvReadOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        return ReadCsv(InputFiles.OpenRead(path), path, options);
    }

    /// <summary>Reads a units file from bytes; <paramref name="fileName"/> names it in error messages. See <see cref="Read(string, CsvReadOptions?)"/>.</summary>
    /// <exception cref="InputException">The file has problems.</exception>
    public static UnitVocabulary Read(byte[] content, string fileName, CsvReadOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(fileName);
        return ReadCsv(new MemoryStream(content, writable: false), fileName, options);
    }

    /// <summary>The columns of a units file.</summary>
    public static IReadOnlyList<string> Columns { get; } = ["code", "kind", "aliases"];

    private static readonly CsvSchema Schema = new("unit", Columns, new HashSet<string>(["code", "kind"], StringComparer.Ordinal),
        new HashSet<string>(["aliases"], StringComparer.Ordinal));

    private static UnitVocabulary ReadCsv(Stream input, string fileName, CsvReadOptions? options)
    {
        options ??= CsvReadOptions.Default;
        var start = options.Units ?? BuiltIn;
        var v = new UnitVocabulary(new Dictionary<string, Unit>(start._words, StringComparer.OrdinalIgnoreCase),
            start._units.Select(u => (u.Unit, new List<string>(u.Aliases))).ToList());
        CsvInput.Read(input, fileName, options, Schema, r =>
        {
            var code = r.Required("code", "a unit code such as projects (a count) or NOK (money)");
            var kindText = r.Required("kind", "count, money, percent or rank");
            UnitKind kind = UnitKind.Count;
            if (kindText.Length > 0 && !TryParseKind(kindText, out kind)) r.Error("kind", kindText, "count, money, percent or rank");
            if (r.HasErrors) return null;
            var aliases = (r.Text("aliases") ?? "").Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            if (v.TryDeclare(code, kind, aliases) is { } problem) r.Error(problem.Column, problem.Found, problem.Expected);
            return code;
        });
        return v;
    }

    private static bool TryParseKind(string text, out UnitKind kind)
    {
        switch (text)
        {
            case "count": kind = UnitKind.Count; return true;
            case "money": kind = UnitKind.Money; return true;
            case "percent": kind = UnitKind.Percent; return true;
            case "rank": kind = UnitKind.Rank; return true;
            default: kind = UnitKind.Count; return false;
        }
    }

    private static string KindName(UnitKind kind) => kind.ToString().ToLowerInvariant();

    // Declares into this (mutable while being built); returns the column, text and what was expected when refused.
    private (string Column, string Found, string Expected)? TryDeclare(string code, UnitKind kind, string[] aliases)
    {
        Unit unit;
        if (_words.TryGetValue(code, out var known) && string.Equals(known.Code, code, StringComparison.Ordinal))
        {
            if (known.Kind != kind)
                return ("code", code, $"the kind of the known unit '{code}' ({KindName(known.Kind)}), or another code for a unit of your own");
            unit = known;
        }
        else if (_words.TryGetValue(code, out var other))
        {
            return ("code", code, $"a code that is not already a word of the unit '{other.Code}'");
        }
        else
        {
            switch (kind)
            {
                case UnitKind.Count when Unit.IsCountCode(code):
                    unit = Unit.Count(code);
                    break;
                case UnitKind.Count:
                    return ("code", code, "a count code of lower-case letters, digits, '_' or '-', starting with a letter, such as projects");
                case UnitKind.Money when Currency.IsIsoCode(code):
                    unit = Unit.Money(new Currency(code));
                    break;
                case UnitKind.Money:
                    return ("code", code, "an ISO 4217 currency code of three upper-case letters, such as NOK");
                default:
                    return ("code", code, $"a known {KindName(kind)} unit: percent and rank are built in; declare more aliases with their code");
            }
        }
        foreach (var alias in aliases)
        {
            if (alias.Length == 0 || alias.AsSpan().IndexOfAny("/*^") >= 0)
                return ("aliases", alias, "aliases separated by '|', each a word without '/', '*' or '^'");
            if (_words.TryGetValue(alias, out var taken) && taken != unit)
                return ("aliases", alias, $"an alias no other unit has ('{alias}' is a word of the unit '{taken.Code}')");
        }
        Add(unit, aliases);
        return null;
    }

    private void Add(Unit unit, IEnumerable<string> aliases)
    {
        var entry = _units.FindIndex(u => u.Unit == unit);
        if (entry < 0)
        {
            _units.Add((unit, []));
            entry = _units.Count - 1;
        }
        _words[unit.Code] = unit;
        foreach (var alias in aliases)
        {
            if (_words.TryAdd(alias, unit)) _units[entry].Aliases.Add(alias);
        }
    }

    /// <summary>Whether <paramref name="text"/> is a known unit word or a unit made of known words (<c>CNY/pair</c>); the unit in <paramref name="unit"/>.</summary>
    public bool TryParse(string? text, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out Unit? unit)
    {
        unit = null;
        if (string.IsNullOrEmpty(text)) return false;
        if (_words.TryGetValue(text, out unit)) return true;
        if (text == "1") { unit = Unit.One; return true; }
        var result = Unit.One;
        var parts = text.Split('/');
        for (int p = 0; p < parts.Length; p++)
        {
            foreach (var factor in parts[p].Split('*'))
            {
                var name = factor;
                int exponent = 1;
                int caret = factor.IndexOf('^', StringComparison.Ordinal);
                if (caret >= 0)
                {
                    name = factor[..caret];
                    if (!int.TryParse(factor.AsSpan(caret + 1), NumberStyles.None, CultureInfo.InvariantCulture, out exponent) || exponent is < 1 or > 9) return false;
                }
                if (!_words.TryGetValue(name, out var b)) return false;
                for (int e = 0; e < exponent; e++) result = p == 0 ? result * b : result / b;
            }
        }
        unit = result;
        return true;
    }

    /// <summary>The unit <paramref name="text"/> names (see <see cref="TryParse"/>).</summary>
    /// <exception cref="UnknownUnitException">The text is not a known unit; the message gives the nearest known word, or the known codes.</exception>
    public Unit Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return TryParse(text, out var unit) ? unit : ThrowHelper.UnknownUnit<Unit>(text, Nearest(text), Codes);
    }

    /// <summary>
    /// What a figure file's unit cell should hold instead of <paramref name="text"/>: the scale rule when it carries a
    /// scale word (<c>bn</c>, <c>万</c>), else the nearest known word, else the known codes.
    /// </summary>
    internal string Expected(string text)
    {
        int paren = text.IndexOf('(', StringComparison.Ordinal);
        if (paren > 0 && Known(text[..paren].Trim()) is { } alone)
            return $"a unit alone ('{alone}'): qualifiers and scope go in their own columns (qualifier, scope), not in the unit";
        if (ScaleRest(text) is { } rest)
            return $"a unit without a scale word: '{ThrowHelper.Shorten(text)}' is not a unit; write the whole number in value and the unit alone{(rest.Length > 0 ? $" ('{rest}')" : "")}: 2.2 bn pairs is value 2200000000, unit pairs; 35亿元 is value 3500000000, unit CNY";
        var nearest = Nearest(text);
        return nearest is null
            ? $"a known unit: '{ThrowHelper.Shorten(text)}' is not a unit. Known units: {string.Join(", ", Codes)} (and their aliases, or units made of them such as CNY/pair); units of your own are declared (CsvReadOptions.Units)"
            : $"a known unit: '{ThrowHelper.Shorten(text)}' is not a unit; did you mean '{nearest}'? (units of your own are declared: CsvReadOptions.Units)";
    }

    private static readonly string[] ScaleWords = ["billion", "million", "thousand", "bn", "mn", "mio", "k", "m", "百万", "千万", "万", "亿", "千"];

    // The known unit left when a scale word is taken from the start or end of the text ("" for a scale word alone), or null.
    private string? ScaleRest(string text)
    {
        var t = text.Trim();
        foreach (var s in ScaleWords)
        {
            if (string.Equals(t, s, StringComparison.OrdinalIgnoreCase)) return "";
            if (t.StartsWith(s, StringComparison.OrdinalIgnoreCase) && Known(t[s.Length..].Trim()) is { } after) return after;
            if (t.EndsWith(s, StringComparison.OrdinalIgnoreCase) && Known(t[..^s.Length].Trim()) is { } before) return before;
        }
        return null;
    }

    private string? Known(string word) => word.Length > 0 && _words.TryGetValue(word, out var u) ? u.Code : null;

    /// <summary>
    /// The known word nearest to <paramref name="text"/> by Damerau-Levenshtein distance (adjacent transpositions
    /// count one), case-insensitive, over every code and alias; null when none is within two edits and closer than the
    /// text's length. Ties go to the unit declared first.
    /// </summary>
    public string? Nearest(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Words.Nearest(text, _units.SelectMany(u => u.Aliases.Prepend(u.Unit.Code)));
    }
}
