using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Unicode;

namespace ClusterStats.Internal;

/// <summary>
/// Passes bytes through while checking, as they stream, that they are UTF-8 (a UTF-8 byte order mark is dropped) and
/// that the input stays within a byte limit, so that a reader never holds a whole file to check it. The first invalid
/// sequence raises <see cref="InvalidUtf8"/> with its line and the header name of its field.
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
    private readonly List<byte> _currentLine = [];
    private char[] _chars = new char[4096];

    /// <summary>The bytes are not UTF-8 at <see cref="Line"/>, in the field named <see cref="Column"/>.</summary>
    internal sealed class InvalidUtf8(long line, string column, string hex) : Exception
    {
        public long Line => line;
        public string Column => column;
        public string Hex => hex;
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
            Track(data.Slice(offset, read));
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
    }

    private void Track(ReadOnlySpan<byte> valid)
    {
        int nl;
        while ((nl = valid.IndexOf((byte)'\n')) >= 0)
        {
            if (_line == 1)
            {
                // The header may have come in several chunks: its start is in the current line.
                _header.AddRange(_currentLine);
                Keep(_header, valid[..nl]);
            }
            _line++;
            _currentLine.Clear();
            valid = valid[(nl + 1)..];
        }
        Keep(_currentLine, valid);
    }

    private static void Keep(List<byte> list, ReadOnlySpan<byte> bytes)
    {
        int room = MaxLineKept - list.Count;
        if (room <= 0) return;
        foreach (var b in bytes[..Math.Min(room, bytes.Length)]) list.Add(b);
    }

    private void Fail(ReadOnlySpan<byte> at)
    {
        var hex = string.Join(" ", at[..Math.Min(4, at.Length)].ToArray().Select(b => "0x" + b.ToString("X2", CultureInfo.InvariantCulture)));
        throw new InvalidUtf8(_line, _line == 1 ? "(header)" : ColumnAt([.. _header], [.. _currentLine], _currentLine.Count < MaxLineKept), hex);
    }

    // The header name of the field that the end of 'linePrefix' falls in (quotes respected).
    private static string ColumnAt(byte[] headerLine, byte[] linePrefix, bool complete)
    {
        if (!complete) return "(row)";
        var header = Encoding.UTF8.GetString(headerLine).TrimStart('\uFEFF').TrimEnd('\r').Split(',');
        int index = 0;
        bool quoted = false;
        foreach (var b in linePrefix)
        {
            if (b == (byte)'"') quoted = !quoted;
            else if (b == (byte)',' && !quoted) index++;
        }
        return index < header.Length ? header[index].Trim() : "(row)";
    }

    protected override long ReadSoFar => _total;

    protected override void Dispose(bool disposing)
    {
        if (disposing) inner.Dispose();
        base.Dispose(disposing);
    }
}
