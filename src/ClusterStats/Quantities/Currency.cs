using ClusterStats.Internal;

namespace ClusterStats;

/// <summary>
/// An ISO 4217 currency code such as CNY, USD, JPY, EUR, KRW or TRY. Immutable and thread-safe.
/// </summary>
public readonly record struct Currency
{
    private readonly string? _code;

    /// <summary>Creates a currency from its three-letter ISO 4217 code (upper case, for example "CNY").</summary>
    /// <exception cref="ArgumentException">The code is not three upper-case ASCII letters.</exception>
    public Currency(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        if (!IsIsoCode(code))
        {
            ThrowHelper.Argument(nameof(code), $"'{ThrowHelper.Shorten(code)}' is not an ISO 4217 currency code: expected three upper-case letters such as CNY or USD.");
        }
        _code = code;
    }

    /// <summary>The three-letter ISO 4217 code.</summary>
    public string Code => _code ?? "XXX";

    /// <summary>Chinese yuan renminbi.</summary>
    public static Currency CNY { get; } = new("CNY");
    /// <summary>United States dollar.</summary>
    public static Currency USD { get; } = new("USD");
    /// <summary>Japanese yen.</summary>
    public static Currency JPY { get; } = new("JPY");
    /// <summary>Euro.</summary>
    public static Currency EUR { get; } = new("EUR");
    /// <summary>South Korean won.</summary>
    public static Currency KRW { get; } = new("KRW");
    /// <summary>Turkish lira.</summary>
    public static Currency TRY { get; } = new("TRY");

    /// <summary>
    /// The codes of the currencies ClusterStats knows without being told: the six above and the currencies of the
    /// places its sources write about. Any other code is a currency only when declared as a unit of money.
    /// </summary>
    internal static IReadOnlyList<string> KnownCodes { get; } =
    [
        "CNY", "USD", "JPY", "EUR", "KRW", "TRY", "GBP", "HKD", "TWD", "INR", "VND", "THB", "IDR", "MYR", "PHP", "SGD", "AUD",
        "CAD", "CHF", "MXN", "BRL", "RUB", "PKR", "BDT",
    ];

    /// <summary>Whether <paramref name="code"/> is one of <see cref="KnownCodes"/>.</summary>
    internal static bool IsKnownCode(ReadOnlySpan<char> code)
    {
        foreach (var known in KnownCodes)
        {
            if (code.SequenceEqual(known)) return true;
        }
        return false;
    }

    /// <summary>Whether <paramref name="code"/> has the shape of an ISO 4217 code (three upper-case ASCII letters).</summary>
    public static bool IsIsoCode(string? code) =>
        code is { Length: 3 } && char.IsAsciiLetterUpper(code[0]) && char.IsAsciiLetterUpper(code[1]) && char.IsAsciiLetterUpper(code[2]);

    /// <summary>The ISO code.</summary>
    public override string ToString() => Code;
}
