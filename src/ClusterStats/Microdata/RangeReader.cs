using System.Buffers.Binary;
using ClusterStats.Internal;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Text.Unicode;
using Microsoft.Win32.SafeHandles;

namespace ClusterStats.Microdata;

/// <summary>A row error before the line number of its range is known.</summary>
internal readonly record struct PendingError(long LocalLine, string Column, string Found, string Expected);

/// <summary>State shared by the readers of one file: the lowest range that stopped on an error (throw mode).</summary>
internal sealed class SharedStop
{
    public volatile int FirstErrorRange = int.MaxValue;

    public void Report(int range)
    {
        int seen;
        while (range < (seen = FirstErrorRange) && Interlocked.CompareExchange(ref FirstErrorRange, range, seen) != seen) { }
    }
}

/// <summary>
/// Reads the records that start in one byte range of a CSV file and aggregates them into its own groups.
/// A record belongs to the range where it starts; the last one may run past the range end. The range start is
/// assumed to be a record start; the caller checks that against where the previous range stopped
/// (<see cref="ActualEnd"/>) and reads the range again from the right place when it was not (a quoted newline).
/// Field boundaries are found 64 bytes at a time with vector compares; rows with quotes take a scalar path.
/// </summary>
internal sealed class RangeReader
{
    internal const int InitialBuffer = 1 << 20;
    internal const int MaxRecordBytes = 8 << 20;
    private const int Slack = 64;

    private readonly MicrodataPlan _plan;
    private readonly SafeFileHandle _file;
    private readonly long _fileLength;
    private readonly int _index;
    private readonly SharedStop _stop;
    private readonly bool _skip;
    private readonly bool _gb;
    private readonly System.Text.Encoding _shown;
    private readonly int _maxErrors;
    private readonly int[] _slotOfField;
    private readonly int _fieldCount;
    private readonly int[] _fs;
    private readonly int[] _fe;
    private readonly int _keys;
    private readonly int _sums;
    private readonly int[] _ids;
    private readonly ulong[] _keyHashes;
    private readonly long[] _packed;
    private readonly long[] _sumLong;
    private readonly decimal[] _sumDecimal;
    private readonly byte[] _sumState; // 0 missing, 1 long/scaled, 2 decimal
    private readonly byte[] _intKeys;
    private readonly List<(int Start, int End)> _slowFields = [];
    private readonly long[] _batchPacked;
    private readonly ulong[] _batchHash = new ulong[BatchSize];
    private readonly int[] _batchSlot = new int[BatchSize];
    private readonly long[] _batchLine = new long[BatchSize];
    private readonly byte[] _batchState;
    private readonly long[] _batchLong;
    private readonly decimal[] _batchDecimal;

    private byte[] _buf = new byte[InitialBuffer + Slack];
    private long _bufOff;
    private int _len;
    private int _pos;
    private bool _eof;
    private bool _stopped;

    public RangeReader(MicrodataPlan plan, SafeFileHandle file, long fileLength, int index, long start, long end, SharedStop stop)
    {
        _plan = plan;
        _file = file;
        _fileLength = fileLength;
        _index = index;
        Start = start;
        End = end;
        _stop = stop;
        _skip = plan.Spec.BadRows == MicrodataBadRows.Skip;
        _gb = plan.Encoding == CsvEncoding.GB18030;
        _shown = ShownEncoding(plan.Encoding);
        _maxErrors = Math.Max(0, plan.Spec.MaxReportedErrors);
        _slotOfField = plan.SlotOfField;
        _fieldCount = plan.FieldCount;
        _fs = new int[plan.FieldOfSlot.Length];
        _fe = new int[plan.FieldOfSlot.Length];
        _keys = plan.KeySlot.Length;
        _sums = plan.SumSlot.Length;
        _ids = new int[_keys];
        _keyHashes = new ulong[_keys];
        _packed = new long[(_keys + 1) / 2];
        _sumLong = new long[_sums];
        _sumDecimal = new decimal[_sums];
        _sumState = new byte[_sums];
        _intKeys = new byte[8 * _keys];
        _batchPacked = new long[BatchSize * _packed.Length];
        _batchState = new byte[BatchSize * _sums];
        _batchLong = new long[BatchSize * _sums];
        _batchDecimal = new decimal[BatchSize * _sums];
        Interners = new ByteInterner[_keys];
        Labels = new List<byte[]>?[_keys];
        for (int j = 0; j < _keys; j++)
        {
            Interners[j] = new ByteInterner();
            if (plan.LabelSlotOfKey[j] >= 0) Labels[j] = [];
        }
        MaxFractionDigits = new int[_sums];
        Table = new GroupTable(_keys, _sums);
    }

    public long Start { get; }
    public long End { get; }
    public GroupTable Table { get; }
    public ByteInterner[] Interners { get; }

    /// <summary>Per key with a label: the label bytes of each key id (first row of the range with that key value).</summary>
    public List<byte[]>?[] Labels { get; }

    public int[] MaxFractionDigits { get; }
    public long RowsRead { get; private set; }
    public long RowsSkipped { get; private set; }
    public List<PendingError> Errors { get; } = [];

    /// <summary>A bad row that stopped the range (throw mode), or a row that can never be read past (too long).</summary>
    public PendingError? StopError { get; private set; }

    /// <summary>Newlines consumed from <see cref="Start"/> to <see cref="ActualEnd"/>.</summary>
    public long Lines { get; private set; }

    /// <summary>Where the first record at or after <see cref="End"/> starts (or the end of file).</summary>
    public long ActualEnd { get; private set; }

    /// <summary>Whether the range was read to its end (not stopped by an error or by an error in an earlier range).</summary>
    public bool Complete { get; private set; }

    public void Run()
    {
        _bufOff = Start;
        _len = 0;
        _pos = 0;
        _eof = Start >= _fileLength;
        if (!_eof) Fill();
        while (!_stopped)
        {
            if (_bufOff + _pos >= End) break;
            if (_pos >= _len)
            {
                if (_eof) break;
                Fill();
                continue;
            }
            int next = FastRecord();
            if (next < 0)
            {
                if (!Fill()) break;
                if (!_skip && _stop.FirstErrorRange < _index) { _stopped = true; break; }
                continue;
            }
            _pos = next;
        }
        if (!_stopped) Flush();
        ActualEnd = _bufOff + _pos;
        Complete = !_stopped;
    }

    /// <summary>Moves the unread tail to the front (growing the buffer when one record fills it) and reads more.</summary>
    private bool Fill()
    {
        int capacity = _buf.Length - Slack;
        if (_pos > 0)
        {
            Buffer.BlockCopy(_buf, _pos, _buf, 0, _len - _pos);
            _bufOff += _pos;
            _len -= _pos;
            _pos = 0;
        }
        else if (_len == capacity)
        {
            if (capacity >= MaxRecordBytes)
            {
                Stop(new PendingError(Lines, "(row)", ThrowHelper.Shorten(_buf.AsSpan(0, _len), _shown), $"a row shorter than {MaxRecordBytes >> 20} MiB (no line end found)"));
                return false;
            }
            Array.Resize(ref _buf, capacity * 2 + Slack);
            capacity *= 2;
        }
        int n = RandomAccess.Read(_file, _buf.AsSpan(_len, capacity - _len), _bufOff + _len);
        _len += n;
        _eof = n == 0 || _bufOff + _len >= _fileLength;
        return true;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong Mask(byte[] buf, int at, int len)
    {
        ref byte r = ref MemoryMarshal.GetArrayDataReference(buf);
        var v0 = Vector256.LoadUnsafe(ref r, (nuint)at);
        var v1 = Vector256.LoadUnsafe(ref r, (nuint)at + 32);
        var comma = Vector256.Create((byte)',');
        var nl = Vector256.Create((byte)'\n');
        var quote = Vector256.Create((byte)'"');
        var cr = Vector256.Create((byte)'\r');
        var m0 = Vector256.Equals(v0, comma) | Vector256.Equals(v0, nl) | Vector256.Equals(v0, quote) | Vector256.Equals(v0, cr);
        var m1 = Vector256.Equals(v1, comma) | Vector256.Equals(v1, nl) | Vector256.Equals(v1, quote) | Vector256.Equals(v1, cr);
        ulong bits = m0.ExtractMostSignificantBits() | ((ulong)m1.ExtractMostSignificantBits() << 32);
        int avail = len - at;
        if (avail < 64) bits &= (1UL << avail) - 1;
        return bits;
    }

    /// <summary>Reads the record at <see cref="_pos"/> when it has no quote; returns the next record's position,
    /// or -1 when the buffer ends inside the record.</summary>
    private int FastRecord()
    {
        byte[] buf = _buf;
        int len = _len;
        int start = _pos;
        int field = 0;
        int fstart = start;
        int block = start;
        ulong mask = Mask(buf, block, len);
        while (true)
        {
            while (mask == 0)
            {
                block += 64;
                if (block >= len)
                {
                    if (!_eof) return -1;
                    int e = len;
                    if (e > fstart && buf[e - 1] == (byte)'\r') e--;
                    if (field == 0 && e == start) { Lines++; return len; }
                    SetField(field, fstart, e);
                    Process(field + 1, start, e);
                    Lines++;
                    return len;
                }
                mask = Mask(buf, block, len);
            }
            int d = block + BitOperations.TrailingZeroCount(mask);
            mask &= mask - 1;
            byte c = buf[d];
            if (c == (byte)',')
            {
                SetField(field, fstart, d);
                field++;
                fstart = d + 1;
            }
            else if (c == (byte)'\n')
            {
                int e = d;
                if (e > fstart && buf[e - 1] == (byte)'\r') e--;
                if (field == 0 && e == start) { Lines++; return d + 1; } // blank line: no row
                SetField(field, fstart, e);
                Process(field + 1, start, e);
                Lines++;
                return d + 1;
            }
            else if (c == (byte)'\r' && d + 1 < len && buf[d + 1] == (byte)'\n')
            {
                // The CR of a CRLF line end: the LF ends the record.
            }
            else
            {
                // A quote, or a CR alone (a bad row) or at the end of what is read so far.
                return SlowRecord();
            }
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void SetField(int field, int start, int end)
    {
        if ((uint)field < (uint)_fieldCount)
        {
            int s = _slotOfField[field];
            if (s >= 0) { _fs[s] = start; _fe[s] = end; }
        }
    }

    /// <summary>Reads a record with quotes: quoted fields may hold commas, newlines and doubled quotes.</summary>
    private int SlowRecord()
    {
        byte[] buf = _buf;
        int start = _pos;
        bool inQuote = false;
        int newlines = 0;
        int i = start;
        for (; i < _len; i++)
        {
            byte c = buf[i];
            if (c == (byte)'"') inQuote = !inQuote;
            else if (c == (byte)'\n') { newlines++; if (!inQuote) break; }
        }
        int recEnd;
        int next;
        if (i < _len)
        {
            recEnd = i;
            next = i + 1;
        }
        else if (!_eof && _len - start < MaxRecordBytes)
        {
            return -1;
        }
        else if (!inQuote)
        {
            recEnd = _len;
            next = _len;
            newlines++;
        }
        else
        {
            // The quote never closes: report the physical line and go on after it.
            int lineEnd = buf.AsSpan(start, _len - start).IndexOf((byte)'\n');
            int q = buf.AsSpan(start, _len - start).IndexOf((byte)'"');
            string column = ColumnAt(start, start + q);
            int cut = lineEnd < 0 ? _len : start + lineEnd;
            Error(new PendingError(Lines, column, ThrowHelper.Shorten(buf.AsSpan(start + q, cut - start - q), _shown), "a closing quote (the quoted field never ends)"));
            Lines++;
            return lineEnd < 0 ? _len : start + lineEnd + 1;
        }
        int e = recEnd;
        if (e > start && buf[e - 1] == (byte)'\r') e--;
        string? bad = SplitQuoted(buf, start, e, _slowFields, out int badAt);
        if (bad is not null)
        {
            // The text found: from the bad place on, or for a CR alone the field around it, the CR shown escaped.
            string found = ReferenceEquals(bad, CsvCells.LoneCr)
                ? ThrowHelper.Shorten(Printable.Escape(_shown.GetString(buf.AsSpan(FieldStart(start, badAt), FieldEnd(badAt, e) - FieldStart(start, badAt)))))
                : ThrowHelper.Shorten(buf.AsSpan(badAt, e - badAt), _shown);
            Error(new PendingError(Lines, ColumnAt(start, badAt), found, bad));
        }
        else
        {
            for (int f = 0; f < _slowFields.Count; f++) SetField(f, _slowFields[f].Start, _slowFields[f].End);
            Process(_slowFields.Count, start, e);
        }
        Lines += newlines;
        return next;
    }

    private int FieldStart(int start, int at) => start + _buf.AsSpan(start, at - start).LastIndexOf((byte)',') + 1;

    private int FieldEnd(int at, int end)
    {
        int comma = _buf.AsSpan(at, end - at).IndexOf((byte)',');
        return comma < 0 ? end : at + comma;
    }

    /// <summary>The header name of the field that contains position <paramref name="at"/> of the record at <paramref name="start"/>.</summary>
    private string ColumnAt(int start, int at)
    {
        int field = 0;
        bool inQuote = false;
        for (int i = start; i < at; i++)
        {
            if (_buf[i] == (byte)'"') inQuote = !inQuote;
            else if (_buf[i] == (byte)',' && !inQuote) field++;
        }
        return field < _fieldCount ? _plan.Header[field] : $"field {field + 1}";
    }

    /// <summary>
    /// Splits <c>buf[start..end)</c> (one record without its line end) into fields, removing the quotes of quoted fields
    /// in place. Returns null, or what was expected at <paramref name="badAt"/> (a CR alone, quoted or not, is bad).
    /// </summary>
    internal static string? SplitQuoted(byte[] buf, int start, int end, List<(int Start, int End)> fields, out int badAt)
    {
        fields.Clear();
        badAt = start;
        int i = start;
        while (true)
        {
            if (i < end && buf[i] == (byte)'"')
            {
                int open = i;
                int w = i + 1;
                int r = i + 1;
                while (true)
                {
                    if (r >= end) { badAt = open; return "a closing quote (the quoted field never ends)"; }
                    byte c = buf[r];
                    if (c == (byte)'\r' && (r + 1 >= end || buf[r + 1] != (byte)'\n')) { badAt = r; return CsvCells.LoneCr; }
                    if (c == (byte)'"')
                    {
                        if (r + 1 < end && buf[r + 1] == (byte)'"') { buf[w++] = (byte)'"'; r += 2; continue; }
                        r++;
                        break;
                    }
                    buf[w++] = c;
                    r++;
                }
                fields.Add((open + 1, w));
                i = r;
                if (i < end && buf[i] != (byte)',') { badAt = i; return "a comma or the line end after the closing quote"; }
            }
            else
            {
                int s = i;
                while (i < end && buf[i] != (byte)',')
                {
                    if (buf[i] == (byte)'"') { badAt = s; return "a field without quotes, or quoted as a whole (\"...\", inner quotes doubled)"; }
                    if (buf[i] == (byte)'\r') { badAt = i; return CsvCells.LoneCr; }
                    i++;
                }
                fields.Add((s, i));
            }
            if (i >= end) return null;
            i++;
        }
    }

    /// <summary>Checks, then aggregates, one row whose field positions are in the slots.</summary>
    private void Process(int fieldCount, int recordStart, int recordEnd)
    {
        byte[] buf = _buf;
        var plan = _plan;
        if (fieldCount != _fieldCount)
        {
            string column = fieldCount < _fieldCount ? plan.Header[fieldCount] : $"field {_fieldCount + 1}";
            Error(new PendingError(Lines, column, ThrowHelper.Shorten(buf.AsSpan(recordStart, recordEnd - recordStart), _shown),
                $"{_fieldCount} fields as in the header, not {fieldCount}"));
            return;
        }
        for (int m = 0; m < _sums; m++)
        {
            int s = plan.SumSlot[m];
            var text = buf.AsSpan(_fs[s], _fe[s] - _fs[s]);
            if (text.IsEmpty) { _sumState[m] = 0; continue; }
            if (plan.SumKind[m] == MicrodataSumKind.Long)
            {
                if (!ExactDecimal.TryParseLong(text, out _sumLong[m])) { BadField(s, text, "a whole number (digits, optional sign)"); return; }
                _sumState[m] = 1;
            }
            else
            {
                var result = ExactDecimal.TryParseScaled(text, MicrodataReader.FastScale, out _sumLong[m], out int frac);
                if (result == ExactDecimal.ParseResult.Ok) _sumState[m] = 1;
                else if (result == ExactDecimal.ParseResult.NeedsDecimal)
                {
                    var exact = ExactDecimal.TryParseDecimal(text, out _sumDecimal[m], out frac);
                    if (exact != NumberText.Ok) { BadField(s, text, exact == NumberText.Inexact ? InvariantNumber.ExactExpected : "a decimal number such as 1234.56 (digits, optional sign and point, at most 28 digits)"); return; }
                    _sumState[m] = 2;
                }
                else { BadField(s, text, "a decimal number such as 1234.56 (digits, optional sign and point, at most 28 digits)"); return; }
                if (frac > MaxFractionDigits[m]) MaxFractionDigits[m] = frac;
            }
        }
        bool anyNew = false;
        for (int j = 0; j < _keys; j++)
        {
            int s = plan.KeySlot[j];
            var text = buf.AsSpan(_fs[s], _fe[s] - _fs[s]);
            if (plan.KeyKind[j] == MicrodataKeyKind.Integer)
            {
                if (!ExactDecimal.TryParseLong(text, out long v)) { BadField(s, text, "a whole number (digits, optional sign)"); return; }
                var slot = _intKeys.AsSpan(8 * j, 8);
                BinaryPrimitives.WriteInt64LittleEndian(slot, v);
                text = slot;
            }
            ulong h = ByteInterner.Hash(text);
            int id = Interners[j].Find(text, h);
            // A label is checked on every row, not only where its key is new: a bad row is bad wherever it is.
            int ls = plan.LabelSlotOfKey[j];
            if (ls >= 0 && !IsText(buf.AsSpan(_fs[ls], _fe[ls] - _fs[ls]))) { BadText(ls); return; }
            if (id < 0)
            {
                if (plan.KeyKind[j] == MicrodataKeyKind.Text && !IsText(text)) { BadText(s); return; }
                anyNew = true;
                _keyHashes[j] = h;
            }
            _ids[j] = id;
        }
        if (anyNew)
        {
            for (int j = 0; j < _keys; j++)
            {
                if (_ids[j] >= 0) continue;
                int s = plan.KeySlot[j];
                var text = plan.KeyKind[j] == MicrodataKeyKind.Integer ? _intKeys.AsSpan(8 * j, 8) : buf.AsSpan(_fs[s], _fe[s] - _fs[s]);
                _ids[j] = Interners[j].Add(text, _keyHashes[j]);
                int ls = plan.LabelSlotOfKey[j];
                if (ls >= 0) Labels[j]!.Add(buf.AsSpan(_fs[ls], _fe[ls] - _fs[ls]).ToArray());
            }
        }
        // Stage the row; groups are looked up a batch at a time so that the cache misses of many rows overlap.
        int b = _batchCount;
        var packed = _batchPacked.AsSpan(b * _packed.Length, _packed.Length);
        GroupTable.Pack(_ids, packed);
        _batchHash[b] = GroupTable.Hash(packed);
        _batchLine[b] = Lines;
        for (int m = 0; m < _sums; m++)
        {
            _batchState[b * _sums + m] = _sumState[m];
            if (_sumState[m] == 1) _batchLong[b * _sums + m] = _sumLong[m];
            else if (_sumState[m] == 2) _batchDecimal[b * _sums + m] = _sumDecimal[m];
        }
        RowsRead++;
        if (++_batchCount == BatchSize) Flush();
    }

    private const int BatchSize = 32;
    private int _batchCount;
    private long _touched;

    /// <summary>Adds the staged rows to their groups: first loads every row's slot and row (independent loads the
    /// processor overlaps), then finds or adds each group and adds the values.</summary>
    private void Flush()
    {
        int n = _batchCount;
        _batchCount = 0;
        var table = Table;
        int[] slots = table.Slots;
        long touched = 0;
        for (int i = 0; i < n; i++) _batchSlot[i] = slots[table.SlotOf(_batchHash[i])];
        for (int i = 0; i < n; i++)
        {
            int e = _batchSlot[i];
            if (e != 0) touched += table.Block(e - 1)[table.Offset(e - 1)];
        }
        _touched += touched;
        var plan = _plan;
        int keyLongs = _packed.Length;
        for (int i = 0; i < n; i++)
        {
            int group = table.FindOrAdd(_batchPacked.AsSpan(i * keyLongs, keyLongs), _batchHash[i]);
            long[] rows = table.Block(group);
            int at = table.Offset(group);
            rows[at + table.KeyLongs]++;
            int sumAt = at + table.KeyLongs + 1;
            for (int m = 0; m < _sums; m++, sumAt += 2)
            {
                byte state = _batchState[i * _sums + m];
                if (state == 0) continue;
                rows[sumAt + 1]++;
                if (state == 2)
                {
                    table.AddOverflow(group, m, ExactDecimal.ToWide(_batchDecimal[i * _sums + m]));
                }
                else if (plan.SumKind[m] == MicrodataSumKind.Long)
                {
                    long a = rows[sumAt];
                    long v = _batchLong[i * _sums + m];
                    long r = unchecked(a + v);
                    if (((a ^ r) & (v ^ r)) < 0)
                    {
                        Stop(new PendingError(_batchLine[i], plan.Header[plan.FieldOfSlot[plan.SumSlot[m]]], v.ToString(System.Globalization.CultureInfo.InvariantCulture),
                            "a group sum within the 64-bit range (about 9.2e18); sum this column as Decimal"));
                        return;
                    }
                    rows[sumAt] = r;
                }
                else
                {
                    table.AddScaled(group, m, _batchLong[i * _sums + m]);
                }
            }
        }
    }

    private void BadField(int slot, ReadOnlySpan<byte> text, string expected) =>
        Error(new PendingError(Lines, _plan.Header[_plan.FieldOfSlot[slot]], ThrowHelper.Shorten(text, _shown), expected));

    /// <summary>Whether a text field is valid in the file's encoding (UTF-8 checked vectorised; GB18030 skips ASCII runs).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private bool IsText(ReadOnlySpan<byte> text) => _gb ? TextDecoding.FirstInvalidGb18030(text) < 0 : Utf8.IsValid(text);

    private void BadText(int slot)
    {
        var invalid = InvalidText(_buf.AsSpan(_fs[slot], _fe[slot] - _fs[slot]), _plan.Encoding)!.Value;
        Error(new PendingError(Lines, _plan.Header[_plan.FieldOfSlot[slot]], invalid.Found, invalid.Expected));
    }

    /// <summary>How bytes of a file in <paramref name="encoding"/> are shown in messages.</summary>
    internal static System.Text.Encoding ShownEncoding(CsvEncoding encoding) =>
        encoding == CsvEncoding.GB18030 ? TextDecoding.Gb18030ForMessages : System.Text.Encoding.UTF8;

    /// <summary>Null when <paramref name="text"/> is valid in <paramref name="encoding"/>; else the text found (for
    /// GB18030 the bytes from the first invalid one, in hexadecimal) and what was expected.</summary>
    internal static (string Found, string Expected)? InvalidText(ReadOnlySpan<byte> text, CsvEncoding encoding)
    {
        if (encoding == CsvEncoding.GB18030)
        {
            int bad = TextDecoding.FirstInvalidGb18030(text);
            return bad < 0 ? null : (TextDecoding.Hex(text, bad), "GB18030 text (the bytes found are shown in hexadecimal from the first one that is not GB18030)");
        }
        return Utf8.IsValid(text) ? null : (ThrowHelper.Shorten(text),
            "UTF-8 text; if the file was saved as GB18030 (GBK), read it with MicrodataAggregation.Encoding = CsvEncoding.GB18030 or CsvEncoding.Auto");
    }

    private void Error(PendingError error)
    {
        if (!_skip) { Stop(error); return; }
        RowsSkipped++;
        if (Errors.Count < _maxErrors) Errors.Add(error);
    }

    private void Stop(PendingError error)
    {
        StopError = error;
        _stopped = true;
        _stop.Report(_index);
    }
}
