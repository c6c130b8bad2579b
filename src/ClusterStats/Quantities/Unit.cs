using System.Collections.Immutable;
using System.Text;
using ClusterStats.Internal;

namespace ClusterStats;

/// <summary>The kind of a base unit.</summary>
public enum UnitKind
{
    /// <summary>A count of things: pairs, firms, persons, machines or a user-defined count.</summary>
    Count,
    /// <summary>Money in one ISO 4217 currency.</summary>
    Money,
    /// <summary>A percentage or share (0 to 100).</summary>
    Percent,
    /// <summary>A rank (1 = first).</summary>
    Rank,
    /// <summary>A unit made by dividing or multiplying other units, for example CNY per pair.</summary>
    Derived,
    /// <summary>A pure number, for example the ratio of two quantities of the same unit.</summary>
    Dimensionless,
}

/// <summary>
/// A unit of measure: a count (pairs, firms, persons, machines, user-defined), money in an ISO 4217 currency,
/// percent, rank, or a unit derived from these by division and multiplication (CNY per pair, pairs per firm).
/// Every unit has a stable machine <see cref="Code"/> (<c>pairs</c>, <c>CNY</c>, <c>CNY/pair</c>, <c>pairs/firm</c>)
/// that <see cref="Parse"/> reads back. Immutable and thread-safe; equal units have equal codes.
/// </summary>
public sealed class Unit : IEquatable<Unit>
{
    private readonly ImmutableArray<Term> _terms;

    private Unit(ImmutableArray<Term> terms)
    {
        _terms = terms;
        Code = BuildCode(terms);
    }

    /// <summary>Pairs (of socks, stockings, tights): code <c>pairs</c>.</summary>
    public static Unit Pairs { get; } = Base(new BaseUnit("pairs", "pair", UnitKind.Count));
    /// <summary>Firms (enterprises, companies): code <c>firms</c>.</summary>
    public static Unit Firms { get; } = Base(new BaseUnit("firms", "firm", UnitKind.Count));
    /// <summary>Persons (workers, employees, people): code <c>persons</c>.</summary>
    public static Unit Persons { get; } = Base(new BaseUnit("persons", "person", UnitKind.Count));
    /// <summary>Machines (knitting machines): code <c>machines</c>.</summary>
    public static Unit Machines { get; } = Base(new BaseUnit("machines", "machine", UnitKind.Count));
    /// <summary>Percent or share, 0 to 100: code <c>percent</c>.</summary>
    public static Unit Percent { get; } = Base(new BaseUnit("percent", "percent", UnitKind.Percent));
    /// <summary>A rank, 1 being first: code <c>rank</c>.</summary>
    public static Unit Rank { get; } = Base(new BaseUnit("rank", "rank", UnitKind.Rank));
    /// <summary>A pure number (the ratio of two quantities of one unit): code <c>1</c>.</summary>
    public static Unit One { get; } = new(ImmutableArray<Term>.Empty);

    private static readonly BaseUnit[] BuiltInCounts = [Pairs._terms[0].Base, Firms._terms[0].Base, Persons._terms[0].Base, Machines._terms[0].Base];

    /// <summary>Money in <paramref name="currency"/>: code is the ISO code, for example <c>CNY</c>.</summary>
    public static Unit Money(Currency currency) => Base(new BaseUnit(currency.Code, currency.Code, UnitKind.Money));

    /// <summary>
    /// A user-defined count unit such as <c>projects</c> or <c>titles</c>. The code must be lower-case letters,
    /// digits, '_' or '-', starting with a letter; built-in codes return the built-in unit.
    /// </summary>
    public static Unit Count(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        if (TryBase(code, out var known)) return known;
        if (!IsCountCode(code))
        {
            ThrowHelper.Argument(nameof(code), $"'{ThrowHelper.Shorten(code)}' is not a count unit code: expected lower-case letters, digits, '_' or '-', starting with a letter.");
        }
        return Base(new BaseUnit(code, code, UnitKind.Count));
    }

    /// <summary>The stable machine code: <c>pairs</c>, <c>CNY</c>, <c>percent</c>, <c>CNY/pair</c>, <c>pairs/firm</c>, <c>1</c>.</summary>
    public string Code { get; }

    /// <summary>The kind of unit; units made by division or multiplication are <see cref="UnitKind.Derived"/>.</summary>
    public UnitKind Kind => _terms.Length switch
    {
        0 => UnitKind.Dimensionless,
        1 when _terms[0].Exponent == 1 => _terms[0].Base.Kind,
        _ => UnitKind.Derived,
    };

    /// <summary>The currency when this unit is money, otherwise null.</summary>
    public Currency? Currency => Kind == UnitKind.Money ? new Currency(_terms[0].Base.Code) : null;

    /// <summary>Whether this unit is money in one currency.</summary>
    public bool IsMoney => Kind == UnitKind.Money;

    /// <summary>Whether this unit is a count (pairs, firms, persons, machines or user-defined).</summary>
    public bool IsCount => Kind == UnitKind.Count;

    /// <summary>
    /// The currency that appears anywhere in this unit (CNY in <c>CNY/pair</c>), or null when there is none or more than one.
    /// </summary>
    public Currency? MoneyCurrency
    {
        get
        {
            Currency? found = null;
            foreach (var t in _terms)
            {
                if (t.Base.Kind != UnitKind.Money) continue;
                if (found is not null) return null;
                found = new Currency(t.Base.Code);
            }
            return found;
        }
    }

    /// <summary>
    /// This unit with its money term (if any) in <paramref name="currency"/>: <c>CNY/pair</c> becomes <c>USD/pair</c>.
    /// Units without money are returned unchanged.
    /// </summary>
    public Unit WithCurrency(Currency currency)
    {
        var builder = ImmutableArray.CreateBuilder<Term>(_terms.Length);
        foreach (var t in _terms)
        {
            builder.Add(t.Base.Kind == UnitKind.Money ? new Term(new BaseUnit(currency.Code, currency.Code, UnitKind.Money), t.Exponent) : t);
        }
        return Normalise(builder);
    }

    /// <summary>The unit of a quotient: <c>CNY / pairs</c> is <c>CNY/pair</c>; a unit divided by itself is <see cref="One"/>.</summary>
    public static Unit operator /(Unit numerator, Unit denominator)
    {
        ArgumentNullException.ThrowIfNull(numerator);
        ArgumentNullException.ThrowIfNull(denominator);
        return Combine(numerator, denominator, -1);
    }

    /// <summary>The unit of a product: <c>CNY/pair * pairs</c> is <c>CNY</c>.</summary>
    public static Unit operator *(Unit left, Unit right)
    {
        ArgumentNullException.ThrowIfNull(left);
        ArgumentNullException.ThrowIfNull(right);
        return Combine(left, right, +1);
    }

    /// <summary>Equality by code.</summary>
    public static bool operator ==(Unit? left, Unit? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Inequality by code.</summary>
    public static bool operator !=(Unit? left, Unit? right) => !(left == right);

    /// <summary>Reads a unit code as written by <see cref="Code"/>.</summary>
    /// <exception cref="ClusterStatsFormatException">The text is not a unit code.</exception>
    public static Unit Parse(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        return TryParse(code, out var unit, out var position, out var expected)
            ? unit
            : ThrowHelper.Format<Unit>(code, position, expected);
    }

    /// <summary>Reads a unit code as written by <see cref="Code"/>; returns false when it is not one.</summary>
    public static bool TryParse(string? code, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out Unit? unit) =>
        TryParse(code ?? "", out unit, out _, out _);

    private static bool TryParse(string code, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out Unit? unit, out int position, out string expected)
    {
        unit = null;
        position = 0;
        expected = "a unit code such as pairs, firms, persons, machines, percent, rank, CNY, CNY/pair or pairs/firm";
        if (code.Length == 0) return false;
        if (code == "1") { unit = One; return true; }
        var result = One;
        var parts = code.Split('/');
        for (int p = 0; p < parts.Length; p++)
        {
            var factors = parts[p].Split('*');
            foreach (var factor in factors)
            {
                var name = factor;
                int exponent = 1;
                int caret = factor.IndexOf('^', StringComparison.Ordinal);
                if (caret >= 0)
                {
                    name = factor[..caret];
                    if (!int.TryParse(factor.AsSpan(caret + 1), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out exponent) || exponent < 1)
                    {
                        position += caret + 1;
                        expected = "a positive whole exponent after '^'";
                        return false;
                    }
                }
                Unit? b = null;
                if (name == "1" && p == 0 && factors.Length == 1) b = One;
                else if (TryBase(name, out var known)) b = known;
                else if (Array.FindIndex(BuiltInCounts, c => c.Singular == name) is var k and >= 0) b = Base(BuiltInCounts[k]);
                else if (IsCountCode(name)) b = Base(new BaseUnit(name, name, UnitKind.Count));
                if (b is null) return false;
                for (int e = 0; e < exponent; e++) result = p == 0 ? result * b : result / b;
                position += factor.Length + 1;
            }
        }
        unit = result;
        return true;
    }

    /// <inheritdoc />
    public bool Equals(Unit? other) => other is not null && Code == other.Code;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is Unit u && Equals(u);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Code);

    /// <summary>The stable machine code.</summary>
    public override string ToString() => Code;

    // ---- machinery ----

    private readonly record struct BaseUnit(string Code, string Singular, UnitKind Kind);

    private readonly record struct Term(BaseUnit Base, int Exponent);

    private static Unit Base(BaseUnit b) => new([new Term(b, 1)]);

    private static bool TryBase(string code, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out Unit? unit)
    {
        unit = code switch
        {
            "pairs" => Pairs,
            "firms" => Firms,
            "persons" => Persons,
            "machines" => Machines,
            "percent" => Percent,
            "rank" => Rank,
            _ when ClusterStats.Currency.IsIsoCode(code) => Money(new Currency(code)),
            _ => null,
        };
        return unit is not null;
    }

    internal static bool IsCountCode(string code)
    {
        if (code.Length == 0 || !char.IsAsciiLetterLower(code[0])) return false;
        foreach (var c in code)
        {
            if (!(char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c is '_' or '-')) return false;
        }
        return true;
    }

    private static Unit Combine(Unit left, Unit right, int sign)
    {
        var builder = ImmutableArray.CreateBuilder<Term>(left._terms.Length + right._terms.Length);
        builder.AddRange(left._terms);
        foreach (var t in right._terms) builder.Add(t with { Exponent = sign * t.Exponent });
        return Normalise(builder);
    }

    private static Unit Normalise(ImmutableArray<Term>.Builder terms)
    {
        var merged = new SortedDictionary<string, Term>(StringComparer.Ordinal);
        foreach (var t in terms)
        {
            merged[t.Base.Code] = merged.TryGetValue(t.Base.Code, out var existing)
                ? existing with { Exponent = existing.Exponent + t.Exponent }
                : t;
        }
        // Money first, then counts and the rest, each alphabetically: "CNY/pair", "pairs/firm".
        var ordered = merged.Values.Where(t => t.Exponent != 0)
            .OrderBy(t => t.Base.Kind == UnitKind.Money ? 0 : 1)
            .ThenBy(t => t.Base.Code, StringComparer.Ordinal)
            .ToImmutableArray();
        if (ordered.Length == 1 && ordered[0].Exponent == 1)
        {
            var only = ordered[0].Base;
            if (TryBase(only.Code, out var known)) return known;
        }
        return new Unit(ordered);
    }

    private static string BuildCode(ImmutableArray<Term> terms)
    {
        if (terms.Length == 0) return "1";
        var numerator = new StringBuilder();
        var denominator = new StringBuilder();
        foreach (var t in terms)
        {
            var sb = t.Exponent > 0 ? numerator : denominator;
            if (sb.Length > 0) sb.Append(t.Exponent > 0 ? '*' : '/');
            sb.Append(t.Exponent > 0 ? t.Base.Code : t.Base.Singular);
            int e = Math.Abs(t.Exponent);
            if (e != 1) sb.Append('^').Append(e.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
        if (numerator.Length == 0) numerator.Append('1');
        return denominator.Length == 0 ? numerator.ToString() : numerator + "/" + denominator;
    }
}
