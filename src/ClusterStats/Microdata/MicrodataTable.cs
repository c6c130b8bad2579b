using System.Globalization;
using System.Numerics;
using System.Text;
using ClusterStats.Internal;

namespace ClusterStats.Microdata;

/// <summary>
/// The result of <see cref="MicrodataReader.Aggregate(string, MicrodataAggregation)"/>: one group per distinct combination of key values, sorted by
/// the keys in the order given (text keys by UTF-8 bytes, integer keys numerically), each with its row count, exact
/// sums and count of non-empty cells per summed column. Groups are addressed by index 0..<see cref="Count"/>-1.
/// Also reports rows read and rows skipped as bad (never silently). Immutable.
/// </summary>
public sealed class MicrodataTable
{
    private readonly string[][] _keyValues;   // per key: distinct values (text as written, integers as digits)
    private readonly long[]?[] _keyIntegers;  // per integer key: distinct values
    private readonly int[][] _keyIds;         // per key: id of each group
    private readonly string?[]?[] _labels;    // per key: label of each distinct value
    private readonly long[] _counts;
    private readonly long[][] _sums;          // whole sums, or money scaled by 10^_scale[m]
    private readonly long[]?[] _valueCounts;  // null when no cell of the column is empty (then it equals the row count)
    private readonly int[] _scale;            // scale of the scaled money longs
    private readonly int[] _outScale;         // fraction digits of the column (most written in the file)
    private readonly Dictionary<int, BigInteger>?[] _overflow;

    private MicrodataTable(string file, MicrodataAggregation spec, string[][] keyValues, long[]?[] keyIntegers, int[][] keyIds,
        string?[]?[] labels, long[] counts, long[][] sums, long[]?[] valueCounts, int[] scale, int[] outScale,
        Dictionary<int, BigInteger>?[] overflow, long rows, long skipped, IReadOnlyList<InputError> errors)
    {
        File = file;
        Keys = ReadOnly.List(spec.Keys);
        Sums = ReadOnly.List(spec.Sums);
        _keyValues = keyValues;
        _keyIntegers = keyIntegers;
        _keyIds = keyIds;
        _labels = labels;
        _counts = counts;
        _sums = sums;
        _valueCounts = valueCounts;
        _scale = scale;
        _outScale = outScale;
        _overflow = overflow;
        RowCount = rows;
        SkippedRowCount = skipped;
        SkippedRows = ReadOnly.List(errors);
    }

    /// <summary>The file that was read.</summary>
    public string File { get; }

    /// <summary>The key columns, in sort order.</summary>
    public IReadOnlyList<MicrodataKey> Keys { get; }

    /// <summary>The summed columns.</summary>
    public IReadOnlyList<MicrodataSum> Sums { get; }

    /// <summary>The number of groups.</summary>
    public int Count => _counts.Length;

    /// <summary>Rows aggregated (bad rows not included).</summary>
    public long RowCount { get; }

    /// <summary>Bad rows left out (always 0 unless <see cref="MicrodataBadRows.Skip"/>).</summary>
    public long SkippedRowCount { get; }

    /// <summary>The first skipped rows' errors, in file order (at most <see cref="MicrodataAggregation.MaxReportedErrors"/>).</summary>
    public IReadOnlyList<InputError> SkippedRows { get; }

    /// <summary>The index of a key column, or -1.</summary>
    public int KeyIndex(string column)
    {
        ArgumentNullException.ThrowIfNull(column);
        for (int j = 0; j < Keys.Count; j++) if (Keys[j].Column == column) return j;
        return -1;
    }

    /// <summary>The index of a summed column, or -1.</summary>
    public int SumIndex(string column)
    {
        ArgumentNullException.ThrowIfNull(column);
        for (int m = 0; m < Sums.Count; m++) if (Sums[m].Column == column) return m;
        return -1;
    }

    /// <summary>The value of key <paramref name="key"/> of a group: text exactly as written (leading zeros kept);
    /// integer keys as invariant digits.</summary>
    public string GetKey(int group, int key) => _keyValues[key][_keyIds[key][group]];

    /// <summary>The value of an integer key of a group.</summary>
    /// <exception cref="InvalidOperationException">The key is a text key.</exception>
    public long GetInteger(int group, int key) =>
        (_keyIntegers[key] ?? throw new InvalidOperationException($"Key '{Keys[key].Column}' is text, not an integer key."))[_keyIds[key][group]];

    /// <summary>The label of a group's text key value (first row in file order with that value), or null when the key has no label.</summary>
    public string? GetLabel(int group, int key) => _labels[key]?[_keyIds[key][group]];

    /// <summary>Every distinct value of a labelled key column with its label (first row in file order), in key order.</summary>
    /// <exception cref="ArgumentException">The column is not a key column with a label.</exception>
    public IReadOnlyDictionary<string, string> GetLabels(string keyColumn)
    {
        ArgumentNullException.ThrowIfNull(keyColumn);
        int j = KeyIndex(keyColumn);
        if (j < 0 || _labels[j] is null) ThrowHelper.Argument(nameof(keyColumn), $"'{keyColumn}' is not a key column with a label.");
        var result = new Dictionary<string, string>(_keyValues[j].Length, StringComparer.Ordinal);
        for (int id = 0; id < _keyValues[j].Length; id++) result[_keyValues[j][id]] = _labels[j]![id]!;
        return result;
    }

    /// <summary>The number of rows of a group.</summary>
    public long GetCount(int group) => _counts[group];

    /// <summary>The exact sum of a whole-number column (<see cref="MicrodataSumKind.Long"/>) over a group.</summary>
    /// <exception cref="InvalidOperationException">The column is a decimal column: use <see cref="GetDecimal"/>.</exception>
    public long GetLong(int group, int sum) =>
        Sums[sum].Kind == MicrodataSumKind.Long ? _sums[sum][group] : throw new InvalidOperationException($"Column '{Sums[sum].Column}' is summed as decimal: use GetDecimal.");

    /// <summary>The exact sum of a column over a group, as a decimal with the column's fraction digits (the most written
    /// in the file: 2 for money in cents). Works for both kinds of sums.</summary>
    /// <exception cref="ClusterStatsException">No decimal holds the exact sum (more than 28 fraction digits, or more
    /// significant digits than a decimal has); the sum is never rounded.</exception>
    public decimal GetDecimal(int group, int sum)
    {
        if (Sums[sum].Kind == MicrodataSumKind.Long) return _sums[sum][group];
        if (_overflow[sum] is not { } o || !o.TryGetValue(group, out var extra))
        {
            decimal d = ExactDecimal.ScaledToDecimal(_sums[sum][group], _scale[sum]);
            return d.Scale < _outScale[sum] ? ExactDecimal.WithScale(d, _outScale[sum]) : d;
        }
        var wide = ExactDecimal.ToWide(_sums[sum][group], _scale[sum]) + extra;
        if (ExactDecimal.TryToDecimal(wide, _outScale[sum], out var exact)) return exact;
        return ThrowHelper.InexactSum<decimal>(File, Sums[sum].Column, string.Join(", ", Keys.Select((k, j) => k.Column + " " + GetKey(group, j))), ExactDecimal.WideText(wide));
    }

    // Reads every sum that went beyond the fast form, so that a sum no decimal holds is an error before any output.
    private void CheckSums()
    {
        for (int m = 0; m < Sums.Count; m++)
        {
            if (_overflow[m] is not { } o) continue;
            foreach (int g in o.Keys) GetDecimal(g, m);
        }
    }

    /// <summary>The number of non-empty cells of a summed column in a group (empty cells are missing, not zero).</summary>
    public long GetValueCount(int group, int sum) => _valueCounts[sum] is { } v ? v[group] : _counts[group];

    /// <summary>
    /// The cells of a region x industry matrix of one summed column (or of row counts when <paramref name="sumColumn"/>
    /// is null) over the groups that <paramref name="where"/> keeps (all when null): regions and industries in key order,
    /// row by row, cells with no group NaN. Values are the exact sums rounded once to the nearest double. The matrix type
    /// belongs to the indices, which build it from these cells (<c>ToMatrix</c>).
    /// </summary>
    internal (List<string> Regions, List<string> Industries, double[] Values) MatrixCells(string regionColumn, string industryColumn, string? sumColumn, Func<int, bool>? where)
    {
        ArgumentNullException.ThrowIfNull(regionColumn);
        ArgumentNullException.ThrowIfNull(industryColumn);
        int rj = KeyIndex(regionColumn), ij = KeyIndex(industryColumn);
        if (rj < 0) ThrowHelper.Argument(nameof(regionColumn), $"'{regionColumn}' is not a key column.");
        if (ij < 0) ThrowHelper.Argument(nameof(industryColumn), $"'{industryColumn}' is not a key column.");
        int m = -1;
        if (sumColumn is not null && (m = SumIndex(sumColumn)) < 0) ThrowHelper.Argument(nameof(sumColumn), $"'{sumColumn}' is not a summed column.");
        var rows = new List<int>();
        for (int g = 0; g < Count; g++) if (where is null || where(g)) rows.Add(g);
        int[] regionPos = Positions(rj, rows, out var regions);
        int[] industryPos = Positions(ij, rows, out var industries);
        var values = new double[regions.Count * industries.Count];
        Array.Fill(values, double.NaN);
        foreach (int g in rows)
        {
            int cell = regionPos[_keyIds[rj][g]] * industries.Count + industryPos[_keyIds[ij][g]];
            if (!double.IsNaN(values[cell]))
            {
                ThrowHelper.TwoGroupsInCell(GetKey(g, rj), GetKey(g, ij));
            }
            values[cell] = m < 0 ? _counts[g] : (double)GetDecimal(g, m);
        }
        return (regions, industries, values);
    }

    /// <summary>Positions of the distinct values of key <paramref name="key"/> used by <paramref name="rows"/>, in key order.</summary>
    private int[] Positions(int key, List<int> rows, out List<string> names)
    {
        var used = new bool[_keyValues[key].Length];
        foreach (int g in rows) used[_keyIds[key][g]] = true;
        var ids = Enumerable.Range(0, used.Length).Where(i => used[i]).ToArray();
        Array.Sort(ids, KeyComparer(key));
        var pos = new int[used.Length];
        names = new List<string>(ids.Length);
        foreach (int id in ids) { pos[id] = names.Count; names.Add(_keyValues[key][id]); }
        return pos;
    }

    private Comparison<int> KeyComparer(int key) => _keyIntegers[key] is { } ints
        ? (a, b) => ints[a].CompareTo(ints[b])
        : (a, b) => Utf8Compare(_keyValues[key][a], _keyValues[key][b]);

    private static int Utf8Compare(string a, string b)
    {
        // UTF-8 byte order equals code point order; UTF-16 ordinal order differs only around surrogates.
        int n = Math.Min(a.Length, b.Length);
        for (int i = 0; i < n; i++)
        {
            if (a[i] == b[i]) continue;
            return new Rune(char.IsSurrogate(a[i]) ? char.ConvertToUtf32(a, i) : a[i]).Value
                .CompareTo(char.IsSurrogate(b[i]) ? char.ConvertToUtf32(b, i) : b[i]);
        }
        return a.Length.CompareTo(b.Length);
    }

    /// <summary>
    /// Writes the groups as UTF-8 CSV: the key columns, <paramref name="countColumn"/>, then each summed column (exact,
    /// invariant digits, money with its fraction digits). Text that needs quotes is quoted; text keys and headers that a
    /// spreadsheet would run as a formula get a leading <c>'</c>. The file is written whole or not at all (a temporary
    /// file beside it, renamed over it); a symbolic link, folder or device at <paramref name="path"/> is refused.
    /// </summary>
    /// <param name="path">The file to create or replace.</param>
    /// <param name="countColumn">The header of the row-count column.</param>
    public void WriteCsv(string path, string countColumn = "count")
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(countColumn);
        CheckSums();
        var encodedKeys = new byte[Keys.Count][][];
        for (int j = 0; j < Keys.Count; j++)
        {
            bool number = Keys[j].Kind == MicrodataKeyKind.Integer;
            encodedKeys[j] = _keyValues[j].Select(v => Encoding.UTF8.GetBytes(number ? v : CsvCells.TextField(v))).ToArray();
        }
        OutputFiles.Write(path, stream =>
        {
            var headerText = string.Join(",", Keys.Select(k => CsvCells.TextField(k.Column)).Append(CsvCells.TextField(countColumn)).Concat(Sums.Select(s => CsvCells.TextField(s.Column)))) + "\n";
            stream.Write(Encoding.UTF8.GetBytes(headerText));
            const int chunk = 1 << 15;
            int chunks = (Count + chunk - 1) / chunk;
            int workers = Math.Max(1, Environment.ProcessorCount);
            var buffers = new byte[]?[workers];
            var lengths = new int[workers];
            for (int first = 0; first < chunks; first += workers)
            {
                int batch = Math.Min(workers, chunks - first);
                Parallel.For(0, batch, t =>
                {
                    int from = (first + t) * chunk, to = Math.Min(Count, from + chunk);
                    lengths[t] = FormatRows(from, to, encodedKeys, ref buffers[t]);
                });
                for (int t = 0; t < batch; t++) stream.Write(buffers[t]!, 0, lengths[t]);
            }
        });
    }

    private int FormatRows(int from, int to, byte[][][] encodedKeys, ref byte[]? buffer)
    {
        buffer ??= new byte[1 << 20];
        int w = 0;
        for (int g = from; g < to; g++)
        {
            if (buffer.Length - w < 4096) Array.Resize(ref buffer, buffer.Length * 2);
            for (int j = 0; j < Keys.Count; j++)
            {
                var key = encodedKeys[j][_keyIds[j][g]];
                if (buffer.Length - w < key.Length + 4096) Array.Resize(ref buffer, buffer.Length * 2 + key.Length);
                key.CopyTo(buffer, w);
                w += key.Length;
                buffer[w++] = (byte)',';
            }
            _counts[g].TryFormat(buffer.AsSpan(w), out int n, default, CultureInfo.InvariantCulture);
            w += n;
            for (int m = 0; m < Sums.Count; m++)
            {
                buffer[w++] = (byte)',';
                if (GetValueCount(g, m) == 0) continue; // no value: empty, like SQL's NULL sum
                if (Sums[m].Kind == MicrodataSumKind.Long || (_overflow[m] is null && _scale[m] == _outScale[m]))
                {
                    w += FormatScaled(_sums[m][g], Sums[m].Kind == MicrodataSumKind.Long ? 0 : _scale[m], buffer.AsSpan(w));
                }
                else
                {
                    GetDecimal(g, m).TryFormat(buffer.AsSpan(w), out n, default, CultureInfo.InvariantCulture);
                    w += n;
                }
            }
            buffer[w++] = (byte)'\n';
        }
        return w;
    }

    private static int FormatScaled(long v, int scale, Span<byte> dest)
    {
        if (scale == 0)
        {
            v.TryFormat(dest, out int k, default, CultureInfo.InvariantCulture);
            return k;
        }
        int w = 0;
        ulong u = v < 0 ? (ulong)(-(v + 1)) + 1 : (ulong)v;
        if (v < 0) dest[w++] = (byte)'-';
        ulong p = (ulong)ExactDecimal.Pow10[scale];
        (u / p).TryFormat(dest[w..], out int n, default, CultureInfo.InvariantCulture);
        w += n;
        dest[w++] = (byte)'.';
        ulong frac = u % p;
        for (int i = scale - 1; i >= 0; i--) { dest[w + i] = (byte)('0' + (int)(frac % 10)); frac /= 10; }
        return w + scale;
    }


    /// <summary>Sorts the merged groups by their keys and lays them out by column.</summary>
    internal static MicrodataTable Build(MicrodataPlan plan, RangeReader merged, long rows, long skipped, IReadOnlyList<InputError> errors)
    {
        var spec = plan.Spec;
        var table = merged.Table;
        int keys = spec.Keys.Count, sums = spec.Sums.Count, count = table.Count;
        var keyValues = new string[keys][];
        var keyIntegers = new long[]?[keys];
        var labels = new string?[]?[keys];
        var ranks = new int[keys][];
        // Text keys and labels were checked as they were read, so decoding replaces nothing. Distinct GB18030 byte
        // sequences are distinct characters (GB18030 maps one to one onto Unicode), so keys stay distinct.
        bool gb = plan.Encoding == CsvEncoding.GB18030;
        var text = gb ? TextDecoding.Gb18030 : Encoding.UTF8;
        for (int j = 0; j < keys; j++)
        {
            var interner = merged.Interners[j];
            int n = interner.Count;
            keyValues[j] = new string[n];
            if (spec.Keys[j].Kind == MicrodataKeyKind.Integer)
            {
                var ints = keyIntegers[j] = new long[n];
                for (int id = 0; id < n; id++)
                {
                    ints[id] = MicrodataReader.DecodeInteger(interner[id]);
                    keyValues[j][id] = ints[id].ToString(CultureInfo.InvariantCulture);
                }
            }
            else
            {
                for (int id = 0; id < n; id++) keyValues[j][id] = text.GetString(interner[id]);
            }
            if (merged.Labels[j] is { } l) labels[j] = l.Select(b => text.GetString(b)).ToArray();
            var order = Enumerable.Range(0, n).ToArray();
            var ints2 = keyIntegers[j];
            var values = keyValues[j];
            if (ints2 is not null) Array.Sort(order, (a, b) => ints2[a].CompareTo(ints2[b]));
            else if (gb) Array.Sort(order, (a, b) => Utf8Compare(values[a], values[b])); // GB18030 bytes are not in code point order
            else Array.Sort(order, (a, b) => interner[a].SequenceCompareTo(interner[b]));
            ranks[j] = new int[n];
            for (int r = 0; r < n; r++) ranks[j][order[r]] = r;
        }

        // Sort groups by their key ranks, packed into one 64-bit number when they fit.
        var groups = new int[count];
        for (int g = 0; g < count; g++) groups[g] = g;
        var bits = new int[keys];
        int totalBits = 0;
        for (int j = 0; j < keys; j++) { bits[j] = 64 - System.Numerics.BitOperations.LeadingZeroCount((ulong)Math.Max(1, keyValues[j].Length - 1)); totalBits += bits[j]; }
        if (totalBits <= 64)
        {
            var sortKeys = new ulong[count];
            for (int g = 0; g < count; g++)
            {
                ulong k = 0;
                for (int j = 0; j < keys; j++) k = (k << bits[j]) | (uint)ranks[j][table.KeyId(g, j)];
                sortKeys[g] = k;
            }
            Array.Sort(sortKeys, groups);
        }
        else
        {
            Array.Sort(groups, (a, b) =>
            {
                for (int j = 0; j < keys; j++)
                {
                    int c = ranks[j][table.KeyId(a, j)].CompareTo(ranks[j][table.KeyId(b, j)]);
                    if (c != 0) return c;
                }
                return 0;
            });
        }

        var keyIds = new int[keys][];
        for (int j = 0; j < keys; j++) keyIds[j] = new int[count];
        var counts = new long[count];
        var sumArrays = new long[sums][];
        var valueCounts = new long[]?[sums];
        for (int m = 0; m < sums; m++) { sumArrays[m] = new long[count]; valueCounts[m] = new long[count]; }
        var position = table.Overflow is null ? null : new int[count];
        int kl = table.KeyLongs;
        for (int i = 0; i < count; i++)
        {
            int g = groups[i];
            if (position is not null) position[g] = i;
            for (int j = 0; j < keys; j++) keyIds[j][i] = table.KeyId(g, j);
            long[] rowsData = table.Block(g);
            int at = table.Offset(g) + kl;
            counts[i] = rowsData[at];
            for (int m = 0; m < sums; m++)
            {
                sumArrays[m][i] = rowsData[at + 1 + 2 * m];
                valueCounts[m]![i] = rowsData[at + 2 + 2 * m];
            }
        }
        for (int m = 0; m < sums; m++)
        {
            if (valueCounts[m].AsSpan().SequenceEqual(counts)) valueCounts[m] = null;
        }
        var scale = new int[sums];
        var outScale = new int[sums];
        var overflow = new Dictionary<int, BigInteger>?[sums];
        for (int m = 0; m < sums; m++)
        {
            if (spec.Sums[m].Kind == MicrodataSumKind.Long) continue;
            outScale[m] = merged.MaxFractionDigits[m];
            scale[m] = MicrodataReader.FastScale;
            if (outScale[m] < MicrodataReader.FastScale)
            {
                // Every value had at most outScale fraction digits, so every scaled sum is a multiple of this divisor.
                long divisor = ExactDecimal.Pow10[MicrodataReader.FastScale - outScale[m]];
                var s = sumArrays[m];
                for (int i = 0; i < count; i++) s[i] /= divisor;
                scale[m] = outScale[m];
            }
        }
        if (table.Overflow is not null)
        {
            foreach (var (key, value) in table.Overflow)
            {
                int m = (int)(key % sums);
                (overflow[m] ??= [])[position![(int)(key / sums)]] = value;
            }
        }
        return new MicrodataTable(plan.File, spec, keyValues, keyIntegers, keyIds, labels, counts, sumArrays, valueCounts, scale, outScale, overflow, rows, skipped, errors);
    }
}
