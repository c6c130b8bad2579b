using ClusterStats.Internal;

namespace ClusterStats.Microdata;

/// <summary>How a key column's text is read and ordered.</summary>
public enum MicrodataKeyKind
{
    /// <summary>A code or name kept exactly as written (leading zeros stay: <c>0111</c> is not <c>111</c>); ordered by
    /// Unicode code point (the order of its UTF-8 bytes), whatever the file's encoding.</summary>
    Text,

    /// <summary>A whole number such as a year (64-bit, optional sign); ordered numerically. <c>2023</c> and <c>02023</c> are the same key.</summary>
    Integer,
}

/// <summary>How a summed column's text is read.</summary>
public enum MicrodataSumKind
{
    /// <summary>Whole numbers (counts: employees, pairs, firms), summed exactly as 64-bit integers.</summary>
    Long,

    /// <summary>Decimal numbers (money), summed exactly as <see cref="decimal"/>; never converted to floating point.</summary>
    Decimal,
}

/// <summary>What the reader does with a row it cannot read (bad number, ragged row, unbalanced quote, text that is not
/// valid in the file's encoding).</summary>
public enum MicrodataBadRows
{
    /// <summary>Stop at the first bad row (first in file order) with a <see cref="InputException"/>. The default.</summary>
    Throw,

    /// <summary>Leave bad rows out of every group, count them in <see cref="MicrodataTable.SkippedRowCount"/> and keep the
    /// first errors (in file order) in <see cref="MicrodataTable.SkippedRows"/>.</summary>
    Skip,
}

/// <summary>A column the rows are grouped by.</summary>
/// <param name="Column">The header name, matched exactly (ordinal).</param>
/// <param name="Kind">How the column is read and ordered.</param>
public sealed record MicrodataKey(string Column, MicrodataKeyKind Kind = MicrodataKeyKind.Text)
{
    /// <summary>A text key (codes keep leading zeros).</summary>
    public static MicrodataKey Text(string column)
    {
        ArgumentNullException.ThrowIfNull(column);
        return new(column, MicrodataKeyKind.Text);
    }

    /// <summary>A whole-number key such as a year.</summary>
    public static MicrodataKey Integer(string column)
    {
        ArgumentNullException.ThrowIfNull(column);
        return new(column, MicrodataKeyKind.Integer);
    }
}

/// <summary>A column summed per group. Empty cells are missing: they add nothing and are not counted in
/// <see cref="MicrodataTable.GetValueCount"/>.</summary>
/// <param name="Column">The header name, matched exactly (ordinal).</param>
/// <param name="Kind">Whole numbers or decimal money.</param>
public sealed record MicrodataSum(string Column, MicrodataSumKind Kind)
{
    /// <summary>A sum of whole numbers (counts).</summary>
    public static MicrodataSum Long(string column)
    {
        ArgumentNullException.ThrowIfNull(column);
        return new(column, MicrodataSumKind.Long);
    }

    /// <summary>An exact decimal sum (money).</summary>
    public static MicrodataSum Decimal(string column)
    {
        ArgumentNullException.ThrowIfNull(column);
        return new(column, MicrodataSumKind.Decimal);
    }
}

/// <summary>A name carried along with a text key column, for example <c>region_name</c> for <c>region_code</c>: the
/// value of <paramref name="Column"/> on the first row (in file order) of each distinct value of <paramref name="KeyColumn"/>.</summary>
/// <param name="KeyColumn">A text key column of the aggregation.</param>
/// <param name="Column">The column holding the label.</param>
public sealed record MicrodataLabel(string KeyColumn, string Column);

/// <summary>
/// What to compute from a firm-level CSV file: the key columns rows are grouped by, the columns summed per group
/// (every group also counts its rows), labels carried with key columns, and what to do with bad rows.
/// Corresponds to <c>SELECT keys, count(*), sum(col)... FROM file GROUP BY keys</c>.
/// </summary>
public sealed record MicrodataAggregation
{
    /// <summary>The columns rows are grouped by, at least one, in the order the result is sorted by.</summary>
    public required IReadOnlyList<MicrodataKey> Keys { get; init => field = ReadOnly.List(value); }

    /// <summary>The columns summed per group (may be empty: then only rows are counted).</summary>
    public IReadOnlyList<MicrodataSum> Sums { get; init => field = ReadOnly.List(value); } = [];

    /// <summary>Labels carried with text key columns.</summary>
    public IReadOnlyList<MicrodataLabel> Labels { get; init => field = ReadOnly.List(value); } = [];

    /// <summary>What to do with a bad row. Default <see cref="MicrodataBadRows.Throw"/>.</summary>
    public MicrodataBadRows BadRows { get; init; } = MicrodataBadRows.Throw;

    /// <summary>How many threads read the file; 0 (the default) means one per processor. 1 reads it sequentially.</summary>
    public int Parallelism { get; init; }

    /// <summary>
    /// The text encoding of the file: <see cref="CsvEncoding.Utf8"/> (the default; a UTF-8 byte order mark is skipped),
    /// <see cref="CsvEncoding.GB18030"/> (its byte order mark <c>84 31 95 33</c> is skipped), or
    /// <see cref="CsvEncoding.Auto"/>: a byte order mark, else UTF-8 when the whole file is valid UTF-8, else GB18030
    /// when the whole file is valid GB18030, else an <see cref="InputException"/> naming the first invalid byte of
    /// each (auto reads the whole file once more before aggregating it). In GB18030 the header names, text keys and
    /// labels are decoded from GB18030 and must be valid GB18030 (a row that is not is a bad row: the message shows
    /// its bytes in hexadecimal); the result holds them as ordinary strings, grouped and ordered exactly as the same
    /// file saved as UTF-8 would be. Numbers and integer keys are ASCII digits in either encoding.
    /// </summary>
    public CsvEncoding Encoding { get; init; } = CsvEncoding.Utf8;

    /// <summary>
    /// Called once per file, with its path and the encoding its text is read in (<see cref="CsvEncoding.Utf8"/> or
    /// <see cref="CsvEncoding.GB18030"/>, never <see cref="CsvEncoding.Auto"/>), before its rows are read; null (the
    /// default) for no report. As <see cref="CsvReadOptions.EncodingChosen"/> for figure files.
    /// </summary>
    public Action<string, CsvEncoding>? EncodingChosen { get; init; }

    /// <summary>How many skipped-row errors <see cref="MicrodataTable.SkippedRows"/> keeps (the count is always complete). Default 100.</summary>
    public int MaxReportedErrors { get; init; } = 100;
}
