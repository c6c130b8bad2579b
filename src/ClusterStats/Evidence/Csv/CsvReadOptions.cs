namespace ClusterStats;

/// <summary>The text encoding of a CSV file.</summary>
public enum CsvEncoding
{
    /// <summary>UTF-8, with or without a byte order mark (the default). Invalid UTF-8 is an error.</summary>
    Utf8,

    /// <summary>GB18030 (a superset of GBK and GB2312), common for files saved by Chinese spreadsheets.</summary>
    GB18030,

    /// <summary>
    /// Detected from the bytes, in this order: a byte order mark (UTF-8 <c>EF BB BF</c>, GB18030 <c>84 31 95 33</c>);
    /// UTF-8 when every byte sequence is valid UTF-8; GB18030 when every byte sequence is valid GB18030; otherwise an
    /// error naming the file and the first invalid byte offset in each. Used only when asked for; the encoding chosen
    /// is reported to <see cref="CsvReadOptions.EncodingChosen"/>.
    /// </summary>
    Auto,
}

/// <summary>How CSV files and .xlsx workbooks are read. Reading is strict by default: the first problem stops reading.</summary>
public sealed record CsvReadOptions
{
    /// <summary>The default options: UTF-8, stop at the first problem, fields up to 100,000 characters.</summary>
    public static CsvReadOptions Default { get; } = new();

    /// <summary>The text encoding; <see cref="CsvEncoding.Utf8"/> by default.</summary>
    public CsvEncoding Encoding { get; init; } = CsvEncoding.Utf8;

    /// <summary>
    /// Called once for each input read, with the file name and the encoding its text was read in
    /// (<see cref="CsvEncoding.Utf8"/> or <see cref="CsvEncoding.GB18030"/>, never <see cref="CsvEncoding.Auto"/>), before
    /// its records are read; null (default) for no report.
    /// </summary>
    public Action<string, CsvEncoding>? EncodingChosen { get; init; }

    /// <summary>
    /// The units a figure file may name: their codes and aliases. Null (default) for <see cref="UnitVocabulary.BuiltIn"/>;
    /// units of your own are declared with <see cref="UnitVocabulary.Declare"/> or read from a units file
    /// (<see cref="UnitVocabulary.Read(string, CsvReadOptions?)"/>).
    /// </summary>
    public UnitVocabulary? Units { get; init; }

    /// <summary>Whether to read on after a problem and report every problem in one <see cref="InputException"/> (default false: stop at the first).</summary>
    public bool CollectAllErrors { get; init; }

    /// <summary>The longest field accepted, in characters (default 100,000); a longer field is an error, not silently cut.</summary>
    public int MaxFieldLength { get; init; } = 100_000;

    /// <summary>The most bytes read from one input (default 4 GiB); an input that goes on is an error, not read for ever
    /// (an endless device such as <c>/dev/zero</c>). A record longer than about 4 bytes per character of
    /// <see cref="MaxFieldLength"/> for every column of the file's schema (for 64 columns when the columns are known
    /// only from the header, as in index inputs) stops reading at once, before the record is held.</summary>
    public long MaxInputBytes { get; init; } = 4L << 30;

    /// <summary>
    /// The worksheet read from an .xlsx workbook, by name (compared case-insensitively, as a spreadsheet does; Chinese
    /// names such as <c>产量</c> included); null (the default) reads the first worksheet. A CSV input has no sheets and
    /// ignores it. A name the workbook does not have is an error listing the sheets it has.
    /// </summary>
    public string? Sheet { get; init; }

    /// <summary>Reads an encoding name as used on the command line: <c>utf-8</c>, <c>gb18030</c> or <c>auto</c>.</summary>
    public static bool TryParseEncoding(string? name, out CsvEncoding encoding)
    {
        switch (name?.ToUpperInvariant())
        {
            case "UTF-8" or "UTF8": encoding = CsvEncoding.Utf8; return true;
            case "GB18030": encoding = CsvEncoding.GB18030; return true;
            case "AUTO": encoding = CsvEncoding.Auto; return true;
            default: encoding = CsvEncoding.Utf8; return false;
        }
    }
}
