using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using System.Reflection;

namespace ClusterStats.Cli;

/// <summary>The command-line name of an enum member when its kebab-case form is not the name (e.g. <c>utf-8</c>).</summary>
[AttributeUsage(AttributeTargets.Field)]
internal sealed class CliNameAttribute(string name) : Attribute
{
    public string Name { get; } = name;
}

/// <summary>The output formats of the verbs; each verb accepts its own subset.</summary>
internal enum OutputFormat
{
    Table,
    Csv,
    Markdown,
    Html,
    Xlsx,
    Png,
    Svg,
}

/// <summary>The text encodings of input files.</summary>
internal enum TextEncoding
{
    [CliName("utf-8")]
    Utf8,
    Gb18030,
    Auto,
}

/// <summary>
/// The options and arguments that mean the same on every verb (the vocabulary of the README's "Command line" table),
/// built in one place so that a concept has one name, one description style and one parser everywhere.
/// </summary>
internal static class CliOptions
{
    /// <summary>The focal cluster or region id, <c>CLUSTER</c>; optional where it only filters.</summary>
    public static Argument<string?> Cluster(bool required, string description)
    {
        var argument = new Argument<string?>("cluster")
        {
            Description = description,
            Arity = required ? ArgumentArity.ExactlyOne : ArgumentArity.ZeroOrOne,
        };
        // An unknown option lands here as a value ("--cluster x"): name it as the option it looks like.
        argument.Validators.Add(r =>
        {
            foreach (var token in r.Tokens.Where(t => t.Value.StartsWith('-')))
            {
                r.AddError($"Unrecognized option '{token.Value}': the cluster id is given alone, without an option name.");
            }
        });
        return argument;
    }

    /// <summary><c>--data FILE</c>, repeatable.</summary>
    public static Option<string[]> Data(string description, bool required = false) => new("--data")
    {
        Description = description,
        Arity = ArgumentArity.OneOrMore,
        AllowMultipleArgumentsPerToken = false,
        Required = required,
        HelpName = "file",
    };

    /// <summary><c>--input FILE</c>: the table or text the verb computes from.</summary>
    public static Option<string> Input(string description) => new("--input") { Description = description, Required = true, HelpName = "file" };

    /// <summary><c>--encoding utf-8|gb18030|auto</c> of every input file of a verb.</summary>
    public static Option<TextEncoding> Encoding() => Enum("--encoding",
        "The text encoding of every input file: utf-8 (with or without BOM), gb18030, or auto (a BOM, else UTF-8 when the bytes are valid UTF-8, else GB18030).",
        TextEncoding.Utf8);

    /// <summary>The library's encoding for an --encoding value.</summary>
    public static CsvEncoding ToCsv(TextEncoding encoding) => encoding switch
    {
        TextEncoding.Gb18030 => CsvEncoding.GB18030,
        TextEncoding.Auto => CsvEncoding.Auto,
        _ => CsvEncoding.Utf8,
    };

    /// <summary>The --encoding value of a library encoding.</summary>
    public static TextEncoding FromCsv(CsvEncoding encoding) => encoding switch
    {
        CsvEncoding.GB18030 => TextEncoding.Gb18030,
        CsvEncoding.Auto => TextEncoding.Auto,
        _ => TextEncoding.Utf8,
    };

    /// <summary><c>--font FILE</c>.</summary>
    public static Option<string?> Font(string description) => new("--font") { Description = description, HelpName = "file" };

    /// <summary><c>--title TEXT</c> of a chart or report.</summary>
    public static Option<string?> Title(string description) => new("--title") { Description = description, HelpName = "text" };

    /// <summary><c>--value-column NAME</c>: the value column of a matrix or panel input.</summary>
    public static Option<string?> ValueColumn() => new("--value-column")
    {
        Description = "The value column of the input (default: a column named value, else the one numeric column that is none of the others), e.g. employment.",
        HelpName = "name",
    };

    /// <summary><c>--out PATH</c>.</summary>
    public static Option<string?> Out(string description, bool required = false) => new("--out") { Description = description, Required = required, HelpName = "path" };

    /// <summary>The kebab-case command-line names of an enum's members, in declaration order.</summary>
    public static IReadOnlyList<(string Name, T Value)> NamesOf<T>() where T : struct, Enum =>
        [.. typeof(T).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Select(f => (f.GetCustomAttribute<CliNameAttribute>()?.Name ?? Kebab(f.Name), (T)f.GetValue(null)!))];

    /// <summary>The command-line name of an enum value.</summary>
    public static string NameOf<T>(T value) where T : struct, Enum => NamesOf<T>().First(n => n.Value.Equals(value)).Name;

    /// <summary>PascalCase to kebab-case: <c>EstebanMarquillas</c> → <c>esteban-marquillas</c>.</summary>
    public static string Kebab(string name)
    {
        var sb = new System.Text.StringBuilder(name.Length + 4);
        for (int i = 0; i < name.Length; i++)
        {
            if (i > 0 && char.IsUpper(name[i]) && !char.IsUpper(name[i - 1])) sb.Append('-');
            sb.Append(char.ToLowerInvariant(name[i]));
        }
        return sb.ToString();
    }

    /// <summary>
    /// A typed enum option: its values are the kebab-case names of <typeparamref name="T"/>'s members (or only
    /// <paramref name="allowed"/>), read case-insensitively; any other value is a usage error listing them.
    /// </summary>
    public static Option<T> Enum<T>(string name, string description, T defaultValue, params T[] allowed) where T : struct, Enum
    {
        // Help would show a default by its C# name (NearestYear): the description names it instead, and a default that
        // is the enum's first member needs no factory, since an absent option reads as default(T).
        var option = new Option<T>(name) { Description = $"{description} Default: {NameOf(defaultValue)}." };
        if (!EqualityComparer<T>.Default.Equals(defaultValue, default)) option.DefaultValueFactory = _ => defaultValue;
        Configure(option, allowed, r => Read<T>(r, name, allowed));
        return option;
    }

    /// <summary>
    /// A typed enum option whose description already names its default, which is the enum's first member (so an absent
    /// option reads as it, and help never shows the default by its C# name).
    /// </summary>
    public static Option<T> DescribedEnum<T>(string name, string description, T defaultValue) where T : struct, Enum
    {
        if (!EqualityComparer<T>.Default.Equals(defaultValue, default))
            throw new ArgumentException($"{name}: the default must be the first member of {typeof(T).Name}.", nameof(defaultValue));
        var option = new Option<T>(name) { Description = description };
        Configure(option, [], r => Read<T>(r, name, []));
        return option;
    }

    /// <summary>A typed enum option without a default (null when not given).</summary>
    public static Option<T?> OptionalEnum<T>(string name, string description, params T[] allowed) where T : struct, Enum
    {
        var option = new Option<T?>(name) { Description = description };
        Configure(option, allowed, r => Read<T>(r, name, allowed));
        return option;
    }

    private static void Configure<TValue, T>(Option<TValue> option, T[] allowed, Func<ArgumentResult, T> read) where T : struct, Enum
    {
        var names = Allowed(allowed).Select(n => n.Name).ToArray();
        option.HelpName = string.Join('|', names);
        option.CustomParser = r => (TValue)(object)read(r);
        option.CompletionSources.Clear();
        option.CompletionSources.Add(names);
    }

    private static IEnumerable<(string Name, T Value)> Allowed<T>(T[] allowed) where T : struct, Enum =>
        NamesOf<T>().Where(n => allowed.Length == 0 || allowed.Contains(n.Value));

    private static T Read<T>(ArgumentResult result, string name, T[] allowed) where T : struct, Enum
    {
        var text = result.Tokens.Count == 0 ? "" : result.Tokens[^1].Value;
        foreach (var (n, value) in Allowed(allowed))
        {
            if (string.Equals(n, text, StringComparison.OrdinalIgnoreCase)) return value;
        }
        result.AddError($"{name} '{text}' is not one of: {string.Join(", ", Allowed(allowed).Select(n => n.Name))}.");
        return default;
    }

    /// <summary><c>--currency CODE</c>: an ISO 4217 code in any case; anything else is a usage error listing the known codes.</summary>
    public static Option<string?> Currency(string description)
    {
        var option = new Option<string?>("--currency") { Description = description, HelpName = "code" };
        option.CustomParser = r =>
        {
            var text = r.Tokens.Count == 0 ? "" : r.Tokens[^1].Value;
            var code = text.Trim().ToUpperInvariant();
            if (text.Length > 0 && !ClusterStats.Currency.IsIsoCode(code))
            {
                r.AddError($"--currency '{text}' is not an ISO 4217 currency code (three letters); known codes: {string.Join(", ", KnownCurrencies())}.");
            }
            return code;
        };
        return option;
    }

    /// <summary>The currencies the embedded exchange rates convert.</summary>
    public static IReadOnlyList<string> KnownCurrencies(ExchangeRateTable? rates = null) =>
        [.. (rates ?? ReferenceData.Load().ExchangeRates).SelectMany(r => new[] { r.Quote.Code, r.Base.Code }).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];

    /// <summary>The message for a name outside a fixed list: the nearest known name when one is close, then every known name.</summary>
    public static string Unknown(string what, string option, string name, IEnumerable<string> known)
    {
        var list = known.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var nearest = list.Select(k => (Name: k, Distance: Distance(name, k))).Where(k => k.Distance <= Math.Max(2, name.Length / 3))
            .OrderBy(k => k.Distance).ThenBy(k => k.Name, StringComparer.Ordinal).Select(k => k.Name).FirstOrDefault();
        return $"{option} '{name}' is not {what}{(nearest is null ? "" : $"; did you mean '{nearest}'?")} Known: {string.Join(", ", list)}.";
    }

    /// <summary>Levenshtein distance, case-insensitive.</summary>
    private static int Distance(string a, string b)
    {
        a = a.ToLowerInvariant();
        b = b.ToLowerInvariant();
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (int j = 0; j <= b.Length; j++) previous[j] = j;
        for (int i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (int j = 1; j <= b.Length; j++)
            {
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            }
            (previous, current) = (current, previous);
        }
        return previous[b.Length];
    }

    /// <summary>An integer formatted invariantly.</summary>
    public static string Invariant(int value) => value.ToString(CultureInfo.InvariantCulture);
}
