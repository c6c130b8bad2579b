using System.Diagnostics.CodeAnalysis;
using ClusterStats.Internal;

namespace ClusterStats;

/// <summary>
/// The outcome of reading a value from text without throwing: either the value, or the input, the 0-based position
/// where reading failed and what was expected there. A small immutable struct, so that scanning long texts does not
/// allocate for each attempt. Thread-safe.
/// </summary>
/// <typeparam name="T">The type of the value read.</typeparam>
public readonly struct ParseResult<T>
{
    private readonly T _value;

    private ParseResult(T value, string input, int position, string? expected)
    {
        _value = value;
        Input = input;
        Position = position;
        Expected = expected;
    }

    /// <summary>Whether the text was read.</summary>
    [MemberNotNullWhen(false, nameof(Expected))]
    public bool Success => Expected is null;

    /// <summary>The value read.</summary>
    /// <exception cref="ClusterStatsFormatException">Reading failed; the exception carries input, position and expectation.</exception>
    public T Value => Success ? _value : ThrowHelper.Format<T>(Input, Position, Expected);

    /// <summary>The text that was read (the whole text when reading started inside it).</summary>
    public string Input { get; }

    /// <summary>
    /// On failure, the 0-based position in <see cref="Input"/> where reading failed; on success, the position just
    /// after the last character read.
    /// </summary>
    public int Position { get; }

    /// <summary>On failure, what was expected at <see cref="Position"/> (for example "a number"); null on success.</summary>
    public string? Expected { get; }

    /// <summary>The value, or throws <see cref="ClusterStatsFormatException"/> naming input, position and expectation.</summary>
    public T GetValueOrThrow() => Value;

    /// <summary>Gets the value when reading succeeded.</summary>
    public bool TryGetValue([MaybeNullWhen(false)] out T value)
    {
        value = _value;
        return Success;
    }

    /// <summary>The exception <see cref="Value"/> would throw, or null on success.</summary>
    public ClusterStatsFormatException? ToException() => Success ? null : new ClusterStatsFormatException(Input, Position, Expected);

    /// <summary>The value or the failure, for diagnostics.</summary>
    public override string ToString() => Success ? $"{_value}" : $"Cannot read '{Input}' at position {Position}: expected {Expected}.";

    internal static ParseResult<T> ForValue(T value, string input, int end) => new(value, input, end, null);

    internal static ParseResult<T> ForFailure(string input, int position, string expected) => new(default!, input, position, expected);
}
