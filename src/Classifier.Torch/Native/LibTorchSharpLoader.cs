using System.Runtime.InteropServices;

namespace Classifier.Torch.Native;

/// <summary>
/// Makes TorchSharp's native wrapper load where the system's libstdc++ predates GCC 13, as on
/// Debian 12. The wrapper asks for the version <c>GLIBCXX_3.4.32</c> for one symbol,
/// <c>std::ios_base_library_init()</c>, which it only names (no relocation uses it), so marking that
/// version need weak is enough: the loader then warns instead of refusing. Elsewhere it does nothing.
/// </summary>
internal static class LibTorchSharpLoader
{
    /// <summary>The libstdc++ version that GCC 13 added and Debian 12 lacks.</summary>
    public const string MissingVersion = "GLIBCXX_3.4.32";

    private const string VersionedSymbol = "_ZSt21ios_base_library_initv";
    private const int RtldLazy = 1;

    private static readonly Lock Gate = new();
    private static bool _prepared;

    /// <summary>
    /// Prepares the native wrapper once per process, before TorchSharp first loads it; patches
    /// the copy beside the app only when this system needs it.
    /// </summary>
    /// <returns>The files patched (empty when nothing was needed).</returns>
    /// <exception cref="IOException">A wrapper that needs the fix cannot be rewritten.</exception>
    public static IReadOnlyList<string> Prepare()
    {
        lock (Gate)
        {
            if (_prepared)
            {
                return [];
            }

            var patched = new List<string>();
            if (OperatingSystem.IsLinux() && !SystemProvides(MissingVersion))
            {
                foreach (var path in Candidates().Where(File.Exists))
                {
                    if (PatchIfNeeded(path))
                    {
                        patched.Add(path);
                    }
                }
            }

            _prepared = true;
            return patched;
        }
    }

    /// <summary>Marks the version need weak in one library file, unless it already is or has none.</summary>
    /// <param name="path">The library.</param>
    /// <returns><see langword="true"/> when the file was rewritten.</returns>
    public static bool PatchIfNeeded(string path)
    {
        var bytes = File.ReadAllBytes(path);
        var offset = ElfVersionNeeds.FindFlagsOffset(bytes, MissingVersion);
        if (offset < 0 || ElfVersionNeeds.IsWeak(bytes, offset))
        {
            return false;
        }

        ElfVersionNeeds.MarkWeak(bytes, offset);

        // A new file moved into place: build outputs may hard-link the NuGet cache's copy, which
        // must stay as it is, and another process may be loading the old file right now.
        var temporary = path + "." + Environment.ProcessId + ".tmp";
        try
        {
            File.WriteAllBytes(temporary, bytes);
            if (!OperatingSystem.IsWindows())
            {
                File.SetUnixFileMode(temporary, File.GetUnixFileMode(path));
            }

            File.Move(temporary, path, overwrite: true);
        }
        catch (UnauthorizedAccessException ex)
        {
            File.Delete(temporary);
            throw new IOException($"{path}: TorchSharp's native wrapper needs {MissingVersion}, which this system's libstdc++ lacks, and the file cannot be patched here ({ex.Message})", ex);
        }

        return true;
    }

    /// <summary>Whether the system's libstdc++ defines a symbol version.</summary>
    /// <param name="version">The version, such as <c>GLIBCXX_3.4.32</c>.</param>
    /// <returns><see langword="true"/> when libstdc++.so.6 loads and has the version, or the C library is not glibc.</returns>
    public static bool SystemProvides(string version)
    {
        try
        {
            var library = Dlopen("libstdc++.so.6", RtldLazy);

            // Kept open: libstdc++ stays loaded in a .NET process anyway.
            return library != 0 && Dlvsym(library, VersionedSymbol, version) != 0;
        }
        catch (Exception ex) when (ex is DllNotFoundException or EntryPointNotFoundException)
        {
            // Not glibc (musl, say): the fix does not apply there.
            return true;
        }
    }

    private static IEnumerable<string> Candidates()
    {
        var folder = Path.GetDirectoryName(typeof(TorchSharp.torch).Assembly.Location) ?? AppContext.BaseDirectory;
        yield return Path.Combine(folder, "runtimes", "linux-x64", "native", "libLibTorchSharp.so");
        yield return Path.Combine(folder, "libLibTorchSharp.so");
    }

    [DllImport("libc.so.6", EntryPoint = "dlopen", CharSet = CharSet.Ansi, BestFitMapping = false)]
    private static extern nint Dlopen(string file, int mode);

    [DllImport("libc.so.6", EntryPoint = "dlvsym", CharSet = CharSet.Ansi, BestFitMapping = false)]
    private static extern nint Dlvsym(nint handle, string symbol, string version);
}
