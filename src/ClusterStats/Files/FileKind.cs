using System.Runtime.InteropServices;

namespace ClusterStats.Internal;

/// <summary>
/// Whether a path names a device, pipe or socket rather than a regular file, folder or link (Linux <c>lstat</c>; false
/// where the call is not available). Output files never replace such a node, so <c>--out /dev/null</c> stays a device.
/// </summary>
internal static class FileKind
{
    private const int TypeMask = 0xF000, Regular = 0x8000, Folder = 0x4000, Link = 0xA000;

    public static bool IsSpecial(string path)
    {
        if (!OperatingSystem.IsLinux()) return false;
        int modeOffset = RuntimeInformation.ProcessArchitecture switch
        {
            Architecture.X64 => 24,
            Architecture.Arm64 or Architecture.LoongArch64 or Architecture.RiscV64 => 16,
            _ => -1,
        };
        if (modeOffset < 0) return false;
        var buffer = new byte[256];
        try
        {
            if (Native.lstat(path, buffer) != 0) return false;
        }
        catch (EntryPointNotFoundException)
        {
            return false;
        }
        catch (DllNotFoundException)
        {
            return false;
        }
        int type = BitConverter.ToInt32(buffer, modeOffset) & TypeMask;
        return type is not (Regular or Folder or Link);
    }

    private static class Native
    {
        [DllImport("libc", SetLastError = true)]
        [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
        public static extern int lstat([MarshalAs(UnmanagedType.LPUTF8Str)] string path, byte[] buffer);
    }
}
