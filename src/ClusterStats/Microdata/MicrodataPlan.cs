namespace ClusterStats.Microdata;

/// <summary>The header of a file matched against an aggregation: which field feeds which key, sum and label.</summary>
internal sealed class MicrodataPlan
{
    public required string File { get; init; }
    public required string[] Header { get; init; }
    public required MicrodataAggregation Spec { get; init; }

    /// <summary>The encoding the file's text is read in: <see cref="CsvEncoding.Utf8"/> or <see cref="CsvEncoding.GB18030"/>.</summary>
    public required CsvEncoding Encoding { get; init; }

    /// <summary>Per header field: the slot that keeps its position during a row, or -1 when the field is not used.</summary>
    public required int[] SlotOfField { get; init; }

    public required int[] FieldOfSlot { get; init; }
    public required int[] KeySlot { get; init; }
    public required MicrodataKeyKind[] KeyKind { get; init; }
    public required int[] SumSlot { get; init; }
    public required MicrodataSumKind[] SumKind { get; init; }

    /// <summary>Per key: the slot of its label column, or -1.</summary>
    public required int[] LabelSlotOfKey { get; init; }

    public int FieldCount => Header.Length;

    public static MicrodataPlan Create(string file, string[] header, CsvEncoding encoding, MicrodataAggregation spec, Func<string, InputError> missing)
    {
        var slotOfField = new int[header.Length];
        Array.Fill(slotOfField, -1);
        var fieldOfSlot = new List<int>();
        int Slot(string column)
        {
            int f = Array.IndexOf(header, column);
            if (f < 0) Internal.ThrowHelper.Input(missing(column));
            if (slotOfField[f] < 0) { slotOfField[f] = fieldOfSlot.Count; fieldOfSlot.Add(f); }
            return slotOfField[f];
        }
        var keySlot = spec.Keys.Select(k => Slot(k.Column)).ToArray();
        var sumSlot = spec.Sums.Select(s => Slot(s.Column)).ToArray();
        var labelSlot = new int[spec.Keys.Count];
        Array.Fill(labelSlot, -1);
        foreach (var label in spec.Labels)
        {
            int j = -1;
            for (int k = 0; k < spec.Keys.Count; k++)
            {
                if (spec.Keys[k].Column == label.KeyColumn && spec.Keys[k].Kind == MicrodataKeyKind.Text) j = k;
            }
            if (j < 0) Internal.ThrowHelper.Argument(nameof(spec), $"The label column '{label.Column}' belongs to '{label.KeyColumn}', which is not a text key column of the aggregation.");
            if (labelSlot[j] >= 0) Internal.ThrowHelper.Argument(nameof(spec), $"The key column '{label.KeyColumn}' has two labels.");
            labelSlot[j] = Slot(label.Column);
        }
        return new MicrodataPlan
        {
            File = file,
            Header = header,
            Spec = spec,
            Encoding = encoding,
            SlotOfField = slotOfField,
            FieldOfSlot = fieldOfSlot.ToArray(),
            KeySlot = keySlot,
            KeyKind = spec.Keys.Select(k => k.Kind).ToArray(),
            SumSlot = sumSlot,
            SumKind = spec.Sums.Select(s => s.Kind).ToArray(),
            LabelSlotOfKey = labelSlot,
        };
    }
}
