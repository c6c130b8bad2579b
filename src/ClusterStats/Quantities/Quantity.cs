using System.Globalization;
using ClusterStats.Internal;

namespace ClusterStats;

/// <summary>
/// An exact decimal value with a <see cref="ClusterStats.Unit"/>: 2.2 billion pairs, 3.5 billion CNY, 226 firms,
/// 1.59 CNY per pair. Values are <see cref="decimal"/> (28 significant digits), so counts beyond the range of
/// <see cref="int"/> and money stay exact.
/// Arithmetic checks units: adding or comparing quantities of different units throws
/// <see cref="UnitMismatchException"/> naming both; division and multiplication derive the unit
/// (<c>CNY / pairs = CNY/pair</c>). Immutable and thread-safe.
/// </summary>
public readonly struct Quantity : IEquatable<Quantity>, IComparable<Quantity>, IFormattable
{
    private readonly Unit? _unit;

    /// <summary>Creates a quantity.</summary>
    public Quantity(decimal value, Unit unit)
    {
        ArgumentNullException.ThrowIfNull(unit);
        Value = value;
        _unit = unit;
    }

    /// <summary>The exact value in <see cref="Unit"/>.</summary>
    public decimal Value { get; }

    /// <summary>The unit; <see cref="Unit.One"/> for the default value.</summary>
    public Unit Unit => _unit ?? Unit.One;

    /// <summary>A number of pairs.</summary>
    public static Quantity Pairs(decimal value) => new(value, Unit.Pairs);
    /// <summary>A number of firms.</summary>
    public static Quantity Firms(decimal value) => new(value, Unit.Firms);
    /// <summary>A number of persons.</summary>
    public static Quantity Persons(decimal value) => new(value, Unit.Persons);
    /// <summary>A number of machines.</summary>
    public static Quantity Machines(decimal value) => new(value, Unit.Machines);
    /// <summary>A percentage (0 to 100).</summary>
    public static Quantity Percent(decimal value) => new(value, Unit.Percent);
    /// <summary>A rank (1 = first).</summary>
    public static Quantity Rank(decimal value) => new(value, Unit.Rank);
    /// <summary>An amount of money.</summary>
    public static Quantity Money(decimal value, Currency currency) => new(value, Unit.Money(currency));

    /// <summary>Sum of two quantities of the same unit.</summary>
    /// <exception cref="UnitMismatchException">The units differ (for example pairs and CNY, or CNY and USD).</exception>
    /// <exception cref="ClusterStatsException">The exact result needs more digits than a decimal holds (never rounded).</exception>
    public static Quantity operator +(Quantity left, Quantity right)
    {
        RequireSameUnit("add", left, right);
        return new Quantity(ExactArithmetic.Add(left.Value, right.Value, "add"), left.Unit);
    }

    /// <summary>Difference of two quantities of the same unit.</summary>
    /// <exception cref="UnitMismatchException">The units differ.</exception>
    /// <exception cref="ClusterStatsException">The exact result needs more digits than a decimal holds (never rounded).</exception>
    public static Quantity operator -(Quantity left, Quantity right)
    {
        RequireSameUnit("subtract", left, right);
        return new Quantity(ExactArithmetic.Subtract(left.Value, right.Value, "subtract"), left.Unit);
    }

    /// <summary>The negated quantity.</summary>
    public static Quantity operator -(Quantity value) => new(-value.Value, value.Unit);

    /// <summary>Product; the unit is the product of the units (<c>CNY/pair * pairs = CNY</c>).</summary>
    /// <exception cref="ClusterStatsException">The product is beyond the decimal range.</exception>
    public static Quantity operator *(Quantity left, Quantity right) => new(ExactArithmetic.Multiply(left.Value, right.Value, "multiply"), left.Unit * right.Unit);

    /// <summary>
    /// Quotient; the unit is the quotient of the units (<c>CNY / pairs = CNY/pair</c>). A quotient with more digits than
    /// a decimal holds (35 / 22) is rounded to 28 to 29 significant digits, as a comparison notes for its derived values.
    /// </summary>
    /// <exception cref="DivideByZeroException">The divisor's value is zero.</exception>
    /// <exception cref="ClusterStatsException">The quotient is beyond the decimal range.</exception>
    public static Quantity operator /(Quantity left, Quantity right) => new(ExactArithmetic.Divide(left.Value, right.Value, "divide"), left.Unit / right.Unit);

    /// <summary>Scales a quantity by a pure number.</summary>
    /// <exception cref="ClusterStatsException">The product is beyond the decimal range.</exception>
    public static Quantity operator *(Quantity left, decimal factor) => new(ExactArithmetic.Multiply(left.Value, factor, "scale"), left.Unit);

    /// <summary>Scales a quantity by a pure number.</summary>
    /// <exception cref="ClusterStatsException">The product is beyond the decimal range.</exception>
    public static Quantity operator *(decimal factor, Quantity right) => new(ExactArithmetic.Multiply(factor, right.Value, "scale"), right.Unit);

    /// <summary>Divides a quantity by a pure number, rounding to 28 to 29 significant digits a quotient that has more.</summary>
    /// <exception cref="ClusterStatsException">The quotient is beyond the decimal range.</exception>
    public static Quantity operator /(Quantity left, decimal divisor) => new(ExactArithmetic.Divide(left.Value, divisor, "divide"), left.Unit);

    /// <summary>Equality of value and unit (2.50 CNY equals 2.5 CNY).</summary>
    public static bool operator ==(Quantity left, Quantity right) => left.Equals(right);

    /// <summary>Inequality of value or unit.</summary>
    public static bool operator !=(Quantity left, Quantity right) => !left.Equals(right);

    /// <summary>Compares two quantities of the same unit.</summary>
    public static bool operator <(Quantity left, Quantity right) => left.CompareTo(right) < 0;
    /// <summary>Compares two quantities of the same unit.</summary>
    public static bool operator >(Quantity left, Quantity right) => left.CompareTo(right) > 0;
    /// <summary>Compares two quantities of the same unit.</summary>
    public static bool operator <=(Quantity left, Quantity right) => left.CompareTo(right) <= 0;
    /// <summary>Compares two quantities of the same unit.</summary>
    public static bool operator >=(Quantity left, Quantity right) => left.CompareTo(right) >= 0;

    /// <summary>
    /// Converts money to another currency at <paramref name="rate"/> units of <paramref name="target"/> per unit of
    /// this quantity's currency. Works for derived money units too (CNY/pair to USD/pair).
    /// </summary>
    /// <exception cref="ClusterStatsException">This quantity has no single currency, or the converted value is beyond the decimal range.</exception>
    public Quantity ConvertCurrency(Currency target, decimal rate) => ConvertCurrency(target, rate, Fraction.Of(rate), out _);

    /// <summary>
    /// Converts money as <see cref="ConvertCurrency(Currency, decimal)"/> does, and tells whether the result is exact:
    /// a money term in a denominator (pairs/CNY) divides by the rate, and a product or quotient with more digits than a
    /// decimal holds is rounded to 28 to 29 significant digits.
    /// </summary>
    /// <param name="target">The currency to convert to.</param>
    /// <param name="rate">Units of <paramref name="target"/> per unit of this quantity's currency.</param>
    /// <param name="exact">False when the result was rounded.</param>
    /// <exception cref="ClusterStatsException">This quantity has no single currency, or the converted value is beyond the decimal range.</exception>
    public Quantity ConvertCurrency(Currency target, decimal rate, out bool exact) => ConvertCurrency(target, rate, Fraction.Of(rate), out exact);

    // Converts at `rate`, checking the result against `exactRate` (the rate before it was rounded to a decimal).
    internal Quantity ConvertCurrency(Currency target, decimal rate, Fraction exactRate, out bool exact)
    {
        var currency = Unit.MoneyCurrency ?? ThrowHelper.NotMoney<Currency>(Unit.Code, target.Code);
        exact = true;
        if (currency == target) return this;
        // The money term may sit in the denominator (pairs/CNY): convert in the direction of its exponent.
        bool moneyInNumerator = (Unit / Unit.Money(currency)).MoneyCurrency is null;
        // The exact result, rounded once to the decimal nearest to it (rounding the rate first and then the product
        // could give 10000.000000000000000000000002 USD for 64508 CNY at 6.4508 CNY per USD).
        var exactValue = moneyInNumerator ? Fraction.Of(Value) * exactRate : Fraction.Of(Value) / exactRate;
        decimal value = exactValue.ToDecimal() ?? ThrowHelper.Inexact<decimal>("convert " + currency.Code + " to " + target.Code, Value, moneyInNumerator ? "*" : "/", rate);
        exact = exactValue.IsExactly(value);
        return new Quantity(value, Unit.WithCurrency(target));
    }

    /// <inheritdoc />
    public int CompareTo(Quantity other)
    {
        RequireSameUnit("compare", this, other);
        return Value.CompareTo(other.Value);
    }

    /// <inheritdoc />
    public bool Equals(Quantity other) => Value == other.Value && Unit == other.Unit;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is Quantity q && Equals(q);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Value, Unit);

    /// <summary>Invariant machine form, <c>2200000000 pairs</c>, that parses back to an equal quantity.</summary>
    public override string ToString() => ToString(null, CultureInfo.InvariantCulture);

    /// <summary>Formats the value with <paramref name="format"/> and <paramref name="formatProvider"/>, then the unit code.</summary>
    public string ToString(string? format, IFormatProvider? formatProvider) =>
        Value.ToString(format, formatProvider ?? CultureInfo.InvariantCulture) + " " + Unit.Code;

    private static void RequireSameUnit(string operation, Quantity left, Quantity right)
    {
        if (left.Unit != right.Unit)
        {
            string? hint = left.Unit.MoneyCurrency is not null && right.Unit.MoneyCurrency is not null
                ? "Convert one currency with an exchange rate first (Quantity.ConvertCurrency)."
                : null;
            ThrowHelper.UnitMismatch(operation, left.Unit, right.Unit, hint);
        }
    }
}
