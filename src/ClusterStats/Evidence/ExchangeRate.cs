using System.Collections;
using System.Globalization;
using ClusterStats.Internal;

namespace ClusterStats;

/// <summary>
/// A published exchange rate: <see cref="Rate"/> units of <see cref="Quote"/> per <see cref="BaseAmount"/> units of
/// <see cref="Base"/> (for example 7.0809 CNY per 1 USD, or 5.0398 CNY per 100 JPY), an annual average
/// (<see cref="Month"/> null) or a monthly average, with its source. Derived cross rates (computed from other rates,
/// not published) are flagged. A rate is not a figure of a cluster.
/// </summary>
/// <param name="Year">The year of the average.</param>
/// <param name="Month">The month 1-12 of a monthly average, or null for an annual average.</param>
/// <param name="Quote">The currency counted (CNY in "CNY per USD").</param>
/// <param name="Base">The currency priced (USD in "CNY per USD").</param>
/// <param name="BaseAmount">How many units of <paramref name="Base"/> the rate prices: 1, or 100 for "per 100 JPY".</param>
/// <param name="Rate">Units of <paramref name="Quote"/> per <paramref name="BaseAmount"/> units of <paramref name="Base"/>.</param>
/// <param name="IsDerived">Whether the rate was computed from other rates rather than published.</param>
/// <param name="Source">The source (title, URL, publisher, quote, confidence).</param>
public sealed record ExchangeRate(int Year, int? Month, Currency Quote, Currency Base, decimal BaseAmount, decimal Rate, bool IsDerived, Source Source)
{
    /// <summary>Units of <see cref="Quote"/> per one unit of <see cref="Base"/>: the rate to pass to <see cref="Quantity.ConvertCurrency(Currency, decimal)"/> when converting from Base to Quote.</summary>
    public decimal PerUnit => Rate / BaseAmount;

    /// <summary>Notes of the source (method, dating).</summary>
    public string? Notes { get; init; }

    /// <summary>The unit text of the record the rate was converted from (for example "CNY per 100 JPY (derived)"), or null.</summary>
    public string? OriginalUnit { get; init; }

    /// <summary>Where the record came from (<c>cited-figures.csv:160</c>), or null.</summary>
    public string? Origin { get; init; }

    /// <summary><c>2023 annual: 7.0809 CNY per USD</c> or <c>2024-06: 7.2547 CNY per USD</c>.</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"{Year}{(Month is int m ? "-" + m.ToString("00", CultureInfo.InvariantCulture) : " annual")}: {Rate} {Quote} per {(BaseAmount == 1 ? "" : BaseAmount + " ")}{Base}{(IsDerived ? " (derived)" : "")}");
}

/// <summary>
/// A table of exchange rates with lookups that never guess: <see cref="Annual"/> returns the published annual
/// average (or its inverse, flagged in the reason) and fails with the months that exist when there is none;
/// <see cref="MeanOfMonths"/> is the explicit, named alternative for a year with monthly averages only.
/// </summary>
public sealed class ExchangeRateTable : IReadOnlyList<ExchangeRate>
{
    private readonly ExchangeRate[] _rates;

    /// <summary>Creates a table.</summary>
    public ExchangeRateTable(IEnumerable<ExchangeRate> rates)
    {
        ArgumentNullException.ThrowIfNull(rates);
        _rates = rates.ToArray();
    }

    /// <inheritdoc />
    public ExchangeRate this[int index] => _rates[index];

    /// <inheritdoc />
    public int Count => _rates.Length;

    /// <summary>
    /// Units of <paramref name="to"/> per one unit of <paramref name="from"/> in <paramref name="year"/> (annual
    /// average). A rate published the other way round is inverted. Published rates are preferred to derived ones.
    /// </summary>
    /// <exception cref="MissingExchangeRateException">No annual rate for the pair and year; the message lists the years and months that exist.</exception>
    public decimal Annual(Currency from, Currency to, int year)
    {
        if (TryAnnual(from, to, year, out var rate)) return rate;
        var months = _rates.Where(r => r.Year == year && r.Month is not null && Matches(r, from, to)).Select(r => r.Month!.Value).Order().ToArray();
        var years = _rates.Where(r => r.Month is null && Matches(r, from, to)).Select(r => r.Year).Distinct().Order().ToArray();
        return ThrowHelper.NoAnnualRate<decimal>(from, to, year, years, months);
    }

    /// <summary>Like <see cref="Annual"/>, returning false instead of throwing.</summary>
    public bool TryAnnual(Currency from, Currency to, int year, out decimal rate)
    {
        rate = 0;
        if (from == to) { rate = 1; return true; }
        var direct = _rates.Where(r => r.Year == year && r.Month is null && r.Quote == to && r.Base == from).OrderBy(r => r.IsDerived).FirstOrDefault();
        if (direct is not null) { rate = direct.PerUnit; return true; }
        var inverse = _rates.Where(r => r.Year == year && r.Month is null && r.Quote == from && r.Base == to).OrderBy(r => r.IsDerived).FirstOrDefault();
        if (inverse is not null) { rate = 1m / inverse.PerUnit; return true; }
        return false;
    }

    /// <summary>
    /// The mean of the monthly averages of <paramref name="year"/> for the pair, and the months used: an explicit
    /// choice for a year without an annual average (for 2024 the reference data has only some months).
    /// </summary>
    /// <exception cref="MissingExchangeRateException">There is no monthly rate for the pair in that year.</exception>
    public (decimal Rate, IReadOnlyList<int> Months) MeanOfMonths(Currency from, Currency to, int year)
    {
        var monthly = _rates.Where(r => r.Year == year && r.Month is not null && Matches(r, from, to)).OrderBy(r => r.Month).ToArray();
        if (monthly.Length == 0)
        {
            ThrowHelper.NoMonthlyRate(from, to, year, _rates.Where(r => r.Month is null && Matches(r, from, to)).Select(r => r.Year).Distinct().Order().ToArray());
        }
        decimal sum = 0;
        foreach (var r in monthly) sum += r.Quote == to ? r.PerUnit : 1m / r.PerUnit;
        return (sum / monthly.Length, monthly.Select(r => r.Month!.Value).ToArray());
    }

    private static bool Matches(ExchangeRate r, Currency a, Currency b) => (r.Quote == a && r.Base == b) || (r.Quote == b && r.Base == a);

    /// <inheritdoc />
    public IEnumerator<ExchangeRate> GetEnumerator() => ((IEnumerable<ExchangeRate>)_rates).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => _rates.GetEnumerator();
}
