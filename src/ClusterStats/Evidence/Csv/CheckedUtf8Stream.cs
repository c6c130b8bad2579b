using System.Buffers;
using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.Unicode;

namespace ClusterStats.Internal;

/// <summary>
/// Passes bytes through while checking, as they stream, that they are UTF-8 (a UTF-8 byte order mark is dropped), that
/// every carriage return is the CR of a CRLF line end, and that the input stays within a byte limit, so that a reader
/// never holds a whole file to check it. The first invalid sequence raises <see cref="InvalidUtf8"/>, the first CR
/// alone <see cref="LoneCarriageReturn"/>, each with its line and the header name of its field. A CR alone is refused
/// because a CSV tokenizer would take it for a line end (joining the rest of the line to the next record) or keep it
/// inside a quoted value, where it would join two lines or two digits ("1\r5" read as 15).
/// </summary>
internal sealed class CheckedUtf8Stream(Stream inner, long maxBytes) : ReadOnlyStream
{
    private const int MaxLineKept = 1 << 16;
    private readonly byte[] _pending = new byte[4];
    private int _pendingCount;
    private long _total;
    private long _line = 1;
    private bool _started;
    private readonly List<byte> _header = [];
    private readonly List<byte> _currentRecord = [];
    private char[] _chars = new char[4096];

    /// <summary>The bytes are not UTF-8 at <see cref="Line"/>, in the field named <see cref="Column"/>.</summary>
    internal sealed class InvalidUtf8(long line, string column, string hex) : Exception
    {
        public long Line => line;
        public string Column => column;
        public string Hex => hex;
    }

    /// <summary>A carriage return that no line feed follows, at <see cref="Line"/>, in the field named <see cref="Column"/>;
    /// <see cref="Found"/> is that field's text around it.</summary>
    internal sealed class LoneCarriageReturn(long line, string column, string found) : Exception
    {
        public long Line => line;
        public string Column => column;
        public string Found => found;
    }

    /// <summary>The input goes on beyond the byte limit.</summary>
    internal sealed class TooLong(long limit) : Exception
    {
        public long Limit => limit;
    }

    public override int Read(Span<byte> buffer)
    {
        if (!_started)
        {
            _started = true;
            Span<byte> head = stackalloc byte[3];
            int got = inner.ReadAtLeast(head, 3, throwOnEndOfStream: false);
            if (!(got == 3 && head[0] == 0xEF && head[1] == 0xBB && head[2] == 0xBF))
            {
                // Not a byte order mark: hand these bytes out first.
                head[..got].CopyTo(_pending);
                _pendingCount = got;
            }
        }
        int written = 0;
        if (_pendingCount > 0)
        {
            written = Math.Min(_pendingCount, buffer.Length);
            _pending.AsSpan(0, written).CopyTo(buffer);
            _pending.AsSpan(written, _pendingCount - written).CopyTo(_pending);
            _pendingCount -= written;
            if (written == buffer.Length) { Check(buffer[..written], final: false); return written; }
        }
        int read = inner.Read(buffer[written..]);
        int total = written + read;
        Check(buffer[..total], final: read == 0 && _pendingCount == 0);
        return total;
    }

    // Checks a chunk; a sequence cut at the chunk's end is completed by the next one.
    private readonly List<byte> _carry = [];

    private void Check(ReadOnlySpan<byte> chunk, bool final)
    {
        _total += chunk.Length;
        if (_total > maxBytes) throw new TooLong(maxBytes);
        byte[]? joined = null;
        ReadOnlySpan<byte> data = chunk;
        if (_carry.Count > 0)
        {
            joined = [.. _carry, .. chunk];
            data = joined;
            _carry.Clear();
        }
        int offset = 0;
        while (offset < data.Length)
        {
            var status = Utf8.ToUtf16(data[offset..], _chars, out int read, out _, replaceInvalidSequences: false, isFinalBlock: final);
            Track(data.Slice(offset, read), data[offset..]);
            offset += read;
            if (status == OperationStatus.InvalidData) Fail(data[offset..]);
            if (status == OperationStatus.NeedMoreData)
            {
                foreach (var b in data[offset..]) _carry.Add(b);
                break;
            }
            if (status == OperationStatus.Done) break;
        }
        if (final && _carry.Count > 0) Fail(_carry.ToArray());
        if (final && _crPending) FailLoneCr([]);
    }

    // Whether the last byte passed on is a CR, whose line feed must be the next byte.
    private bool _crPending;

    // 'rest' is the chunk from 'valid' on, for the text that follows a CR alone.
    private void Track(ReadOnlySpan<byte> valid, ReadOnlySpan<byte> rest)
    {
        if (valid.IsEmpty) return;
        if (_crPending)
        {
            _crPending = false;
            if (valid[0] != (byte)'\n') FailLoneCr(rest);
        }
        int cr = LoneCrAt(valid);
        if (cr >= 0)
        {
            Lines(valid[..(cr + 1)]);
            FailLoneCr(rest[(cr + 1)..]);
        }
        Lines(valid);
    }

    // The index of the first CR that a byte other than LF follows, or -1; a CR that ends the chunk waits for the next one.
    private int LoneCrAt(ReadOnlySpan<byte> chunk)
    {
        int from = 0;
        while (true)
        {
            int k = chunk[from..].IndexOf((byte)'\r');
            if (k < 0) return -1;
            k += from;
            if (k + 1 == chunk.Length)
            {
                _crPending = true;
                return -1;
            }
            if (chunk[k + 1] != (byte)'\n') return k;
            from = k + 2;
        }
    }

    // Raises LoneCarriageReturn for the CR that ends the current record as kept; 'after' is the rest of the chunk after it.
    private void FailLoneCr(ReadOnlySpan<byte> after)
    {
        var prefix = _currentRecord.ToArray().AsSpan();
        if (prefix.Length > 0 && prefix[^1] == (byte)'\r') prefix = prefix[..^1];
        bool complete = _currentRecord.Count < MaxLineKept;
        string column = _line == 1 ? "(header)" : ColumnAt([.. _header], prefix, complete);
        // The field's text up to the CR, and what follows it up to the end of the field (at most a few characters,
        // read on beyond the chunk when it ends there, so the text does not depend on how the input arrived).
        int start = complete ? FieldAt(prefix).Start : Math.Max(0, prefix.Length - 64);
        while (start < prefix.Length && (prefix[start] & 0xC0) == 0x80) start++;
        const int Shown = 32;
        var follow = new List<byte>(after[..Math.Min(after.Length, Shown + 4)].ToArray());
        var more = new byte[Shown + 4];
        while (follow.Count < Shown + 4 && CollectionsMarshal.AsSpan(follow).IndexOfAny((byte)',', (byte)'\n', (byte)'\r') < 0)
        {
            int n = ReadAhead(more.AsSpan(0, Shown + 4 - follow.Count));
            if (n == 0) break;
            follow.AddRange(more.AsSpan(0, n));
        }
        var next = follow.ToArray().AsSpan();
        int end = next.IndexOfAny((byte)',', (byte)'\n', (byte)'\r');
        end = Math.Min(end < 0 ? next.Length : end, Shown);
        // Only what is UTF-8 of it (not yet checked): nothing is shown as a replacement character.
        Utf8.ToUtf16(next[..end], stackalloc char[Shown], out end, out _, replaceInvalidSequences: false, isFinalBlock: false);
        var found = Encoding.UTF8.GetString(prefix[start..]) + "\r" + Encoding.UTF8.GetString(next[..end]);
        throw new LoneCarriageReturn(_line, column, Printable.Escape(found));
    }

    // Bytes that follow the chunk checked: those held back at the start, then the input's.
    private int ReadAhead(Span<byte> into)
    {
        if (_pendingCount == 0) return inner.Read(into);
        int n = Math.Min(_pendingCount, into.Length);
        _pending.AsSpan(0, n).CopyTo(into);
        _pending.AsSpan(n, _pendingCount - n).CopyTo(_pending);
        _pendingCount -= n;
        return n;
    }

    // The 0-based index of the field that the end of 'recordPrefix' falls in, and the offset where that field starts (quotes respected).
    private static (int Index, int Start) FieldAt(ReadOnlySpan<byte> recordPrefix)
    {
        int index = 0, start = 0;
        bool quoted = false;
        for (int k = 0; k < recordPrefix.Length; k++)
        {
            if (recordPrefix[k] == (byte)'"') quoted = !quoted;
            else if (recordPrefix[k] == (byte)',' && !quoted) (index, start) = (index + 1, k + 1);
        }
        return (index, start);
    }

    // Counts lines and keeps the start of the current record: a line feed inside quotes (an odd number of quotes
    // since the record began) continues the record, so a problem on a later line of a quoted field names its column.
    private void Lines(ReadOnlySpan<byte> valid)
    {
        int nl;
        while ((nl = valid.IndexOf((byte)'\n')) >= 0)
        {
            if (_line == 1)
            {
                // The header may have come in several chunks: its start is in the current line.
                _header.AddRange(_currentRecord);
                Keep(_header, valid[..nl]);
            }
            _line++;
            _recordQuotes += valid[..nl].Count((byte)'"');
            if ((_recordQuotes & 1) == 0)
            {
                _currentRecord.Clear();
                _recordQuotes = 0;
            }
            else
            {
                Keep(_currentRecord, valid[..(nl + 1)]);
            }
            valid = valid[(nl + 1)..];
        }
        _recordQuotes += valid.Count((byte)'"');
        Keep(_currentRecord, valid);
    }

    // The quotes of the current record so far.
    private long _recordQuotes;

    private static void Keep(List<byte> list, ReadOnlySpan<byte> bytes)
    {
        int room = MaxLineKept - list.Count;
        if (room <= 0) return;
        foreach (var b in bytes[..Math.Min(room, bytes.Length)]) list.Add(b);
    }

    private void Fail(ReadOnlySpan<byte> at)
    {
        var hex = string.Join(" ", at[..Math.Min(4, at.Length)].ToArray().Select(b => "0x" + b.ToString("X2", CultureInfo.InvariantCulture)));
        throw new InvalidUtf8(_line, _line == 1 ? "(header)" : ColumnAt([.. _header], _currentRecord.ToArray(), _currentRecord.Count < MaxLineKept), hex);
    }

    // The header name of the field that the end of 'recordPrefix' (the current record so far) falls in.
    private static string ColumnAt(byte[] headerLine, ReadOnlySpan<byte> recordPrefix, bool complete)
    {
        if (!complete) return "(row)";
        var header = Encoding.UTF8.GetString(headerLine).TrimStart('\uFEFF').TrimEnd('\r').Split(',');
        int index = FieldAt(recordPrefix).Index;
        return index < header.Length ? header[index].Trim() : "(row)";
    }

    protected override long ReadSoFar => _total;

    protected override void Dispose(bool disposing)
    {
        if (disposing) inner.Dispose();
        base.Dispose(disposing);
    }
}
