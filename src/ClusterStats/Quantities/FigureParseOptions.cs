namespace ClusterStats;

/// <summary>How a figure written with the sign ¥ (or the full-width ￥) is read when no word names the currency.</summary>
/// <remarks>
/// Chinese sources write ¥ for the yuan (CNY) and Japanese sources write the same sign for the yen (JPY); the two
/// differ by a factor of about 20. A word after the figure always decides (¥2.7亿元 is CNY, ¥27億円 is JPY).
/// </remarks>
public enum YenSign
{
    /// <summary>Refuse to guess: reading fails with a message asking for 元/円 or a choice (the default).</summary>
    Error,

    /// <summary>¥ is the Chinese yuan renminbi (CNY).</summary>
    Cny,

    /// <summary>¥ is the Japanese yen (JPY).</summary>
    Jpy,
}

/// <summary>
/// Options for reading figures (<see cref="QualifiedQuantity.Parse(string, FigureParseOptions?)"/>). Immutable;
/// <see cref="Default"/> is used when none are given.
/// </summary>
public sealed record FigureParseOptions
{
    /// <summary>The defaults: ¥ without a currency word is an error, a number without a unit word is an error.</summary>
    public static FigureParseOptions Default { get; } = new();

    /// <summary>
    /// How ¥ is read when no currency word follows. Default <see cref="ClusterStats.YenSign.Error"/>: a wrong guess
    /// would silently make a figure about twenty times too large or too small, and ClusterStats' sources are both
    /// Chinese (¥ = yuan) and Japanese (¥ = yen), so the caller who knows the source decides.
    /// </summary>
    public YenSign YenSign { get; init; } = YenSign.Error;

    /// <summary>
    /// The unit of a number written without a unit word ("2.2 billion"); null (the default) makes such a number an
    /// error "expected a unit word". A number followed by a date, time, duration or age word (年, 月, 日, 歳, 時 ...)
    /// never takes this unit.
    /// </summary>
    public Unit? DefaultUnit { get; init; }
}
