using System.Text;

namespace ClusterStats.Tests.Evidence;

/// <summary>The encodings that reader tests write their inputs in.</summary>
internal static class TestEncodings
{
    /// <summary>GB18030, as Chinese spreadsheets save text.</summary>
    public static Encoding Gb18030 { get; } = Create();

    private static Encoding Create()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding("GB18030");
    }
}

/// <summary>A stream that hands out its bytes one at a time, as a slow pipe may: every sequence, CRLF and field is cut between reads.</summary>
internal sealed class Trickle(byte[] bytes) : MemoryStream(bytes)
{
    public override int Read(Span<byte> buffer) => base.Read(buffer[..Math.Min(1, buffer.Length)]);

    public override int Read(byte[] buffer, int offset, int count) => base.Read(buffer, offset, Math.Min(1, count));
}
