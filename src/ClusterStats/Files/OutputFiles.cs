using System.Globalization;
using System.Runtime.InteropServices;
using System.Security.Cryptography;
using System.Text;

namespace ClusterStats.Internal;

/// <summary>
/// The one way the library and the command line write output files: into a new temporary file beside the target
/// (created exclusively, so it never opens an existing file or a planted link), flushed to disk, then renamed over the
/// target. A target that is a symbolic link (or a folder) is refused, so a link planted in an output folder never
/// redirects the write; a failing write leaves the old file as it was.
/// </summary>
internal static class OutputFiles
{
    private static readonly UTF8Encoding Utf8 = new(false);

    /// <summary>Called after each file is written (for tests that inject a failure in the middle of a write).</summary>
    internal static readonly AsyncLocal<Action<string>?> AfterWrite = new();

    /// <summary>Writes UTF-8 text without BOM to <paramref name="path"/>, atomically.</summary>
    public static void WriteText(string path, string text) => Write(path, stream => stream.Write(Utf8.GetBytes(text)));

    /// <summary>Writes <paramref name="bytes"/> to <paramref name="path"/>, atomically.</summary>
    public static void WriteBytes(string path, byte[] bytes) => Write(path, stream => stream.Write(bytes));

    /// <summary>Writes what <paramref name="write"/> puts into the stream to <paramref name="path"/>, atomically.</summary>
    /// <exception cref="ClusterStatsException">The target is a symbolic link or a folder.</exception>
    public static void Write(string path, Action<Stream> write)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(write);
        if (path.Length == 0) ThrowHelper.Argument(nameof(path), "The output path is empty: expected a file name.");
        var full = Path.GetFullPath(path);
        var folder = Path.GetDirectoryName(full)!;
        Directory.CreateDirectory(folder);
        RefuseLinkOrFolder(full);
        var temp = Path.Combine(folder, "." + Path.GetFileName(full) + "." + RandomTag() + ".tmp");
        try
        {
            using (var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16))
            {
                write(stream);
                stream.Flush(flushToDisk: true);
            }
            RefuseLinkOrFolder(full);
            File.Move(temp, full, overwrite: true);
        }
        catch
        {
            TryDelete(temp);
            throw;
        }
        AfterWrite.Value?.Invoke(full);
    }

    /// <summary>Refuses a target that is a symbolic link, a folder, or a device, pipe or socket.</summary>
    public static void RefuseLinkOrFolder(string path)
    {
        var info = new FileInfo(path);
        if (info.LinkTarget is not null) ThrowHelper.OutputIsLink(path, info.LinkTarget);
        if (Directory.Exists(path)) ThrowHelper.OutputIsFolder(path);
        if (FileKind.IsSpecial(path)) ThrowHelper.OutputIsDevice(path);
    }

    /// <summary>Eight random hex digits for temporary names.</summary>
    public static string RandomTag() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(4));

    private static void TryDelete(string path)
    {
        try { File.Delete(path); }
        catch (IOException) { }
        catch (UnauthorizedAccessException) { }
    }
}

/// <summary>
/// A report folder written as a whole: ClusterStats writes only into a folder that is absent, empty, or marked by an
/// earlier report (<see cref="MarkerFile"/>); it holds a lock beside the folder while writing (a second run into the same
/// folder fails at once); it writes every file into a new sibling folder and swaps it in with one atomic rename
/// exchange (Linux <c>renameat2(RENAME_EXCHANGE)</c>) or, where that is missing, renames the old folder aside and the new
/// one in, keeping the old until the new is in place. A failing or killed run leaves the old report or the new one,
/// never a mix.
/// </summary>
internal static class OutputFolder
{
    /// <summary>The file that marks a folder as written by ClusterStats.</summary>
    public const string MarkerFile = ".clusterstats-report";

    /// <summary>Writes a report folder: <paramref name="fill"/> writes its files into the folder it is given.</summary>
    /// <exception cref="ClusterStatsException">The folder holds other files, is a link or a file, or another run writes it.</exception>
    public static void Replace(string directory, Action<string> fill)
    {
        ArgumentNullException.ThrowIfNull(directory);
        ArgumentNullException.ThrowIfNull(fill);
        if (directory.Length == 0) ThrowHelper.Argument(nameof(directory), "The output folder is empty: expected a folder name.");
        var full = Path.TrimEndingDirectorySeparator(Path.GetFullPath(directory));
        var parent = Path.GetDirectoryName(full) ?? ThrowHelper.ReportIntoRoot<string>(full);
        var name = Path.GetFileName(full);
        Directory.CreateDirectory(parent);
        using var gate = Lock(Path.Combine(parent, "." + name + ".clusterstats-lock"), directory);
        CheckTarget(full, directory);
        // Folders left by a run that was killed (this one holds the lock, so no other run is using them).
        var leftover = "." + name + ".clusterstats-";
        foreach (var stale in Directory.EnumerateDirectories(parent).Where(d => Path.GetFileName(d).StartsWith(leftover, StringComparison.Ordinal)))
        {
            DeleteFolder(stale);
        }
        var staging = Path.Combine(parent, "." + name + ".clusterstats-new-" + OutputFiles.RandomTag());
        Directory.CreateDirectory(staging);
        try
        {
            fill(staging);
            OutputFiles.WriteText(Path.Combine(staging, MarkerFile),
                string.Create(CultureInfo.InvariantCulture, $"Written by ClusterStats on {DateTime.UtcNow:yyyy-MM-ddTHH:mm:ssZ}; the next report into this folder replaces it as a whole.\n"));
            SwapIn(staging, full, parent, name);
        }
        catch
        {
            DeleteFolder(staging);
            throw;
        }
    }

    private static FileStream Lock(string lockFile, string directory)
    {
        if (new FileInfo(lockFile).LinkTarget is not null) ThrowHelper.OutputIsLink(lockFile, new FileInfo(lockFile).LinkTarget!);
        try
        {
            return new FileStream(lockFile, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
        }
        catch (IOException ex)
        {
            return ThrowHelper.OutputLocked<FileStream>(directory, ex);
        }
    }

    private static void CheckTarget(string full, string directory)
    {
        var info = new DirectoryInfo(full);
        if (info.LinkTarget is not null) ThrowHelper.OutputIsLink(directory, info.LinkTarget);
        if (File.Exists(full)) ThrowHelper.OutputNotReportFolder(directory, "it is a file", MarkerFile);
        if (!info.Exists) return;
        var marker = new FileInfo(Path.Combine(full, MarkerFile));
        if (marker.Exists && marker.LinkTarget is null) return;
        if (info.EnumerateFileSystemInfos().Any()) ThrowHelper.OutputNotReportFolder(directory, "it holds files that ClusterStats did not write (no " + MarkerFile + " file)", MarkerFile);
    }

    private static void SwapIn(string staging, string full, string parent, string name)
    {
        if (!Directory.Exists(full))
        {
            Directory.Move(staging, full);
            return;
        }
        if (Exchange(staging, full))
        {
            DeleteFolder(staging);
            return;
        }
        var aside = Path.Combine(parent, "." + name + ".clusterstats-old-" + OutputFiles.RandomTag());
        Directory.Move(full, aside);
        try
        {
            Directory.Move(staging, full);
        }
        catch
        {
            Directory.Move(aside, full);
            throw;
        }
        DeleteFolder(aside);
    }

    /// <summary>Set to use the rename-aside-then-in path where the exchange is available (for tests of that path).</summary>
    internal static readonly AsyncLocal<bool> WithoutExchange = new();

    // Linux renameat2 with RENAME_EXCHANGE: both names stay in place, their folders swapped in one step.
    private static bool Exchange(string a, string b)
    {
        if (!OperatingSystem.IsLinux() || WithoutExchange.Value) return false;
        try
        {
            return Native.renameat2(Native.AtFdCwd, a, Native.AtFdCwd, b, Native.RenameExchange) == 0;
        }
        catch (EntryPointNotFoundException)
        {
            return false;
        }
        catch (DllNotFoundException)
        {
            return false;
        }
    }

    private static void DeleteFolder(string path)
    {
        try
        {
            if (Directory.Exists(path)) Directory.Delete(path, recursive: true);
        }
        catch (IOException) { }
        catch (UnauthorizedAccessException) { }
    }

    private static class Native
    {
        public const int AtFdCwd = -100;
        public const uint RenameExchange = 2;

        [DllImport("libc", SetLastError = true)]
        [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
        public static extern int renameat2(int olddirfd, [MarshalAs(UnmanagedType.LPUTF8Str)] string oldpath, int newdirfd, [MarshalAs(UnmanagedType.LPUTF8Str)] string newpath, uint flags);
    }
}
