namespace ClusterStats;

/// <summary>CSV fields for tables written line by line, made as ClusterStats makes the fields of its own tables.</summary>
public static class CsvText
{
    /// <summary>
    /// A field of a table that mixes text and numbers: a plain invariant number (digits with an optional sign, decimal
    /// point and exponent, or NaN) stays as it is; other text that a spreadsheet would run as a formula is neutralised;
    /// then the field is quoted (RFC 4180) when it holds a comma, quote or line break.
    /// </summary>
    public static string Field(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Internal.CsvCells.MixedField(text);
    }
}
