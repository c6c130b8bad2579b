using System.Globalization;
using ClusterStats.Internal;

namespace ClusterStats;

/// <summary>
/// What to do when a year has no published annual average exchange rate (in the reference data: 2016, 2024 and
/// every year before 2012). There is deliberately no silent default in the conversion API: the caller chooses, and
/// every conversion names the rate and year it used.
/// </summary>
public enum MissingRatePolicy
{
    /// <summary>Throw a <see cref="ClusterStatsException"/> that lists the years with annual rates.</summary>
    Error,

    /// <summary>
    /// Use the annual rate of the nearest year that has one (for every leg of the conversion); when two years are
    /// equally near (2016: 2015 and 2017), the earlier year is used. The year used is named in the note.
    /// </summary>
    NearestYear,

    /// <summary>
    /// Use the mean of the monthly averages published for that year (2024: CNY for April-June and October-December),
    /// naming the months; fails like <see cref="Error"/> when the year has no monthly average either.
    /// </summary>
    MeanOfAvailableMonths,
}

/// <summary>
/// One currency conversion: <see cref="Rate"/> units of <see cref="To"/> per unit of <see cref="From"/> for
/// <see cref="RequestedYear"/>, computed through USD from the published (not derived) rates in
/// <see cref="RatesUsed"/>, with a sentence for people in <see cref="Note"/> that names every rate and year used.
/// </summary>
/// <param name="From">The currency converted from.</param>
/// <param name="To">The currency converted to.</param>
/// <param name="RequestedYear">The year of the amount that is converted.</param>
/// <param name="RateYear">The year whose rates were used (differs from <paramref name="RequestedYear"/> under <see cref="MissingRatePolicy.NearestYear"/>).</param>
/// <param name="Rate">Units of <paramref name="To"/> per one unit of <paramref name="From"/>.</param>
/// <param name="Method">Which rule gave the rate: annual average, nearest year, or mean of months.</param>
/// <param name="RatesUsed">The published rates the conversion rests on (one per leg; several months for a mean of months).</param>
/// <param name="Note">For people, for example "converted to USD at the 2021 annual average 6.4508 CNY per USD"; it says when a rate or a converted amount is rounded.</param>
public sealed record CurrencyConversion(Currency From, Currency To, int RequestedYear, int RateYear, decimal Rate,
    RateMethod Method, IReadOnlyList<ExchangeRate> RatesUsed, string Note)
{
    /// <summary>The published rates the conversion rests on (one per leg; several months for a mean of months).</summary>
    public IReadOnlyList<ExchangeRate> RatesUsed { get; init => field = ReadOnly.List(value); } = ReadOnly.List(RatesUsed);

    /// <summary>
    /// Whether the result is exact. From <see cref="CurrencyConverter.GetRate"/>: <see cref="Rate"/> is exactly the
    /// quotient of the published rates (1 / 1.183 is not, it is rounded to 28 significant digits). From
    /// <see cref="CurrencyConverter.Convert"/>: the converted amount is exactly the amount times the exact quotient.
    /// When false, <see cref="Note"/> says what was rounded and to how many significant digits.
    /// </summary>
    public bool IsExact { get; init; } = true;

    // The rate as the exact quotient of the published rates it rests on.
    internal Fraction ExactRate { get; init; } = Fraction.Of(Rate);
}

/// <summary>Which rule gave a <see cref="CurrencyConversion"/> its rate.</summary>
public enum RateMethod
{
    /// <summary>No conversion was needed (the same currency).</summary>
    Identity,

    /// <summary>The annual averages of the requested year.</summary>
    Annual,

    /// <summary>The annual averages of the nearest year that has them (<see cref="MissingRatePolicy.NearestYear"/>).</summary>
    NearestYear,

    /// <summary>The mean of the requested year's monthly averages (<see cref="MissingRatePolicy.MeanOfAvailableMonths"/>).</summary>
    MeanOfMonths,
}

/// <summary>
/// Converts money between currencies through USD with published annual average rates (for the reference data, the
/// Federal Reserve's G.5A "units per USD" and "USD per EUR" averages). A conversion from CNY to JPY is CNY to USD to
/// JPY; derived cross rates in the table (CNY per 100 JPY, CNY per EUR) are never used, they only serve to check the
/// through-USD result. A year without an annual rate follows the caller's <see cref="MissingRatePolicy"/>.
/// </summary>
public sealed class CurrencyConverter
{
    /// <summary>Creates a converter over <paramref name="rates"/> with the given policy for years without an annual rate.</summary>
    public CurrencyConverter(ExchangeRateTable rates, MissingRatePolicy policy)
    {
        ArgumentNullException.ThrowIfNull(rates);
        Rates = rates;
        Policy = policy;
    }

    /// <summary>The rates.</summary>
    public ExchangeRateTable Rates { get; }

    /// <summary>The policy for years without an annual rate.</summary>
    public MissingRatePolicy Policy { get; }

    /// <summary>The rate from <paramref name="from"/> to <paramref name="to"/> for <paramref name="year"/>, through USD.</summary>
    /// <exception cref="MissingExchangeRateException">No rate under the policy (the message lists the years that have one).</exception>
    public CurrencyConversion GetRate(Currency from, Currency to, int year)
    {
        if (from == to) return new CurrencyConversion(from, to, year, year, 1m, RateMethod.Identity, [], "");
        var legs = new[] { from, to }.Where(c => c != Currency.USD).Distinct().ToArray();
        if (legs.All(c => Annual(c, year) is not null)) return Build(from, to, year, year, RateMethod.Annual, legs.Select(c => new[] { Annual(c, year)! }).ToArray());
        var missing = legs.First(c => Annual(c, year) is null);
        switch (Policy)
        {
            case MissingRatePolicy.NearestYear:
                var years = Rates.Where(r => r.Month is null && !r.IsDerived).Select(r => r.Year).Distinct()
                    .Where(y => legs.All(c => Annual(c, y) is not null))
                    .OrderBy(y => Math.Abs(y - year)).ThenBy(y => y).ToArray();
                if (years.Length == 0) return NoRate(missing, year);
                return Build(from, to, year, years[0], RateMethod.NearestYear, legs.Select(c => new[] { Annual(c, years[0])! }).ToArray());
            case MissingRatePolicy.MeanOfAvailableMonths:
                var perLeg = new List<ExchangeRate[]>();
                foreach (var c in legs)
                {
                    if (Annual(c, year) is ExchangeRate annual) { perLeg.Add([annual]); continue; }
                    var months = Monthly(c, year);
                    if (months.Length == 0) return NoRate(c, year);
                    perLeg.Add(months);
                }
                return Build(from, to, year, year, RateMethod.MeanOfMonths, perLeg.ToArray());
            default:
                return NoRate(missing, year);
        }
    }

    /// <summary>Converts <paramref name="amount"/> (money, or a unit with one money term such as CNY/pair) to <paramref name="to"/> at the rate for <paramref name="year"/>.</summary>
    /// <exception cref="ClusterStatsException">The amount is not money.</exception>
    /// <exception cref="MissingExchangeRateException">There is no rate under the policy.</exception>
    public (Quantity Amount, CurrencyConversion Conversion) Convert(Quantity amount, Currency to, int year)
    {
        var from = amount.Unit.MoneyCurrency ?? ThrowHelper.NotMoney<Currency>(amount.Unit.Code, to.Code);
        var conversion = GetRate(from, to, year);
        var converted = amount.ConvertCurrency(to, conversion.Rate, conversion.ExactRate, out bool exact);
        if (exact) return (converted, conversion with { IsExact = true });
        return (converted, conversion with
        {
            IsExact = false,
            Note = conversion.Note + string.Create(CultureInfo.InvariantCulture,
                $"; {amount} becomes {converted}, rounded to {ExactArithmetic.SignificantDigits(converted.Value)} significant digits"),
        });
    }

    // Units of `currency` per USD (published annual average, inverted when published as USD per unit), or null.
    private ExchangeRate? Annual(Currency currency, int year) =>
        Rates.FirstOrDefault(r => r.Year == year && r.Month is null && !r.IsDerived && IsUsdLeg(r, currency));

    private ExchangeRate[] Monthly(Currency currency, int year) =>
        Rates.Where(r => r.Year == year && r.Month is not null && !r.IsDerived && IsUsdLeg(r, currency)).OrderBy(r => r.Month).ToArray();

    private static bool IsUsdLeg(ExchangeRate r, Currency currency) =>
        (r.Quote == currency && r.Base == Currency.USD) || (r.Quote == Currency.USD && r.Base == currency);

    private static decimal PerUsd(ExchangeRate r, Currency currency) => r.Quote == currency ? r.PerUnit : 1m / r.PerUnit;

    private CurrencyConversion Build(Currency from, Currency to, int requested, int used, RateMethod method, ExchangeRate[][] legs)
    {
        // Each leg as a fraction: units of the leg's currency per USD = Num / Den. A single published rate stays exact
        // ("USD per EUR" 1.183 is 1 / 1.183); a mean of months is the mean of the per-USD values.
        static (decimal Num, decimal Den) PerUsdFraction(ExchangeRate[] rs, Currency c)
        {
            if (rs.Length == 1) return rs[0].Quote == c ? (rs[0].Rate, rs[0].BaseAmount) : (rs[0].BaseAmount, rs[0].Rate);
            return (rs.Sum(r => PerUsd(r, c)) / rs.Length, 1m);
        }
        // The same, exactly.
        static Fraction PerUsdExact(ExchangeRate[] rs, Currency c)
        {
            var sum = Fraction.Of(0m);
            foreach (var r in rs)
                sum += r.Quote == c ? Fraction.Of(r.Rate) / Fraction.Of(r.BaseAmount) : Fraction.Of(r.BaseAmount) / Fraction.Of(r.Rate);
            return sum / Fraction.Of(rs.Length);
        }
        var legCurrencies = new[] { from, to }.Where(c => c != Currency.USD).Distinct().ToArray();
        var fromPerUsd = from == Currency.USD ? (1m, 1m) : PerUsdFraction(legs[Array.IndexOf(legCurrencies, from)], from);
        var toPerUsd = to == Currency.USD ? (1m, 1m) : PerUsdFraction(legs[Array.IndexOf(legCurrencies, to)], to);
        // (toNum / toDen) / (fromNum / fromDen)
        decimal rate = toPerUsd.Item1 * fromPerUsd.Item2 / (toPerUsd.Item2 * fromPerUsd.Item1);
        var one = Fraction.Of(1m);
        var exactRate = (to == Currency.USD ? one : PerUsdExact(legs[Array.IndexOf(legCurrencies, to)], to))
            / (from == Currency.USD ? one : PerUsdExact(legs[Array.IndexOf(legCurrencies, from)], from));
        bool exact = exactRate.IsExactly(rate);
        var described = legs.Select((rs, i) => Describe(rs, legCurrencies[i], method)).ToArray();
        string through = legCurrencies.Length == 2 ? " through USD" : "";
        string note = method switch
        {
            RateMethod.NearestYear => string.Create(CultureInfo.InvariantCulture,
                $"{requested} has no annual {Pair(from, to)} rate: nearest year {used} used; converted {from} to {to}{through} at {string.Join(" and ", described)}"),
            RateMethod.MeanOfMonths => string.Create(CultureInfo.InvariantCulture,
                $"{requested} has no annual {Pair(from, to)} rate: converted {from} to {to}{through} at {string.Join(" and ", described)}"),
            _ => $"converted {from} to {to}{through} at {string.Join(" and ", described)}",
        };
        if (!exact)
            note += string.Create(CultureInfo.InvariantCulture, $"; the rate {rate} {to} per {from} is their quotient rounded to {ExactArithmetic.SignificantDigits(rate)} significant digits");
        return new CurrencyConversion(from, to, requested, used, rate, method, legs.SelectMany(l => l).ToArray(), note) { IsExact = exact, ExactRate = exactRate };
    }

    private static string Pair(Currency from, Currency to) =>
        from == Currency.USD || to == Currency.USD ? $"{(from == Currency.USD ? to : from)}/USD" : $"{from}/USD or {to}/USD";

    private static string Describe(ExchangeRate[] rs, Currency c, RateMethod method)
    {
        var first = rs[0];
        string publisher = first.Source.Publisher.Length > 0 ? " (" + first.Source.Publisher + ")" : "";
        if (rs.Length == 1 && first.Month is null)
            return string.Create(CultureInfo.InvariantCulture, $"the {first.Year} annual average {first.Rate} {first.Quote} per {(first.BaseAmount == 1 ? "" : first.BaseAmount + " ")}{first.Base}{publisher}");
        decimal mean = rs.Sum(r => PerUsd(r, c)) / rs.Length;
        return string.Create(CultureInfo.InvariantCulture,
            $"the mean of the {first.Year} monthly averages for months {string.Join(", ", rs.Select(r => r.Month))}, {decimal.Round(mean, 6)} {c} per USD{publisher}");
    }

    private CurrencyConversion NoRate(Currency currency, int year)
    {
        var years = Rates.Where(r => r.Month is null && !r.IsDerived && IsUsdLeg(r, currency)).Select(r => r.Year).Distinct().Order().ToArray();
        var months = Monthly(currency, year).Select(r => r.Month!.Value).ToArray();
        string policyHint = Policy switch
        {
            MissingRatePolicy.Error => " Choose MissingRatePolicy.NearestYear or MeanOfAvailableMonths to convert anyway.",
            _ => "",
        };
        return ThrowHelper.NoUsdRate<CurrencyConversion>(currency, year, years, months, policyHint);
    }
}

/// <summary>
/// A price index supplied by the user to express money in the prices of <see cref="BaseYear"/>: an amount of year
/// Y becomes amount * index[BaseYear] / index[Y]. <see cref="Currency"/>, when given, is the currency whose prices the
/// index measures; deflating money in another currency is an error.
/// </summary>
/// <param name="Name">The name shown in notes, for example "China CPI (NBS, 2020 = 100)".</param>
/// <param name="BaseYear">The year whose prices the result is in.</param>
/// <param name="Values">The index value per year (any scale; only ratios matter). Must contain <paramref name="BaseYear"/>.</param>
/// <param name="Currency">The currency the index applies to, or null for any.</param>
public sealed record PriceIndex(string Name, int BaseYear, IReadOnlyDictionary<int, decimal> Values, Currency? Currency = null)
{
    /// <summary>The index value per year (any scale; only ratios matter). Must contain <see cref="BaseYear"/>.</summary>
    public IReadOnlyDictionary<int, decimal> Values { get; init => field = ReadOnly.Dictionary(value); } = ReadOnly.Dictionary(Values);

    /// <summary>
    /// The factor index[BaseYear] / index[year], rounded to a decimal's 28 to 29 significant digits when the quotient
    /// has more (a comparison checks each deflated value against the exact quotient and notes any rounding).
    /// </summary>
    /// <exception cref="ClusterStatsException">The index has no value for <paramref name="year"/> or the base year, or a value is not positive.</exception>
    public decimal Factor(int year)
    {
        ArgumentNullException.ThrowIfNull(Values);
        if (!Values.TryGetValue(BaseYear, out var b) || !Values.TryGetValue(year, out var y) || b <= 0 || y <= 0)
        {
            return ThrowHelper.PriceIndexNoValue<decimal>(Name, Values.ContainsKey(BaseYear) ? year : BaseYear, Values.Keys);
        }
        return b / y;
    }
}
