using Classifier.Torch.Native;

namespace Classifier.Torch.Tests.Native;

public class LibTorchSharpLoaderTests
{
    private static string Wrapper => Path.Combine(AppContext.BaseDirectory, "runtimes", "linux-x64", "native", "libLibTorchSharp.so");

    [Fact]
    public void SystemProvides_UnknownVersion_IsFalse()
    {
        if (!OperatingSystem.IsLinux())
        {
            return; // The fix is for glibc systems; elsewhere there is nothing to check.
        }

        LibTorchSharpLoader.SystemProvides("GLIBCXX_0.0").ShouldBeFalse();
    }

    [Fact]
    public void PatchIfNeeded_CopyOfTheShippedWrapper_MarksTheVersionWeakOnceAndChangesNothingElse()
    {
        if (!OperatingSystem.IsLinux())
        {
            return; // Only Linux builds carry the Linux wrapper.
        }

        var copy = Path.Combine(Directory.CreateTempSubdirectory().FullName, "libLibTorchSharp.so");
        File.Copy(Wrapper, copy);
        var before = File.ReadAllBytes(copy);
        var offset = ElfVersionNeeds.FindFlagsOffset(before, LibTorchSharpLoader.MissingVersion);
        offset.ShouldBeGreaterThan(0, "the shipped wrapper asks for GLIBCXX_3.4.32");

        // The build's copy may be patched already; start from an unpatched file either way.
        before[offset] &= unchecked((byte)~ElfVersionNeeds.WeakFlag);
        File.WriteAllBytes(copy, before);

        LibTorchSharpLoader.PatchIfNeeded(copy).ShouldBeTrue();
        LibTorchSharpLoader.PatchIfNeeded(copy).ShouldBeFalse();

        var after = File.ReadAllBytes(copy);
        ElfVersionNeeds.IsWeak(after, offset).ShouldBeTrue();
        Enumerable.Range(0, after.Length).Count(i => after[i] != before[i]).ShouldBe(1);
        Directory.GetFiles(Path.GetDirectoryName(copy)!).ShouldBe([copy]);
    }

    [Fact]
    public void Prepare_AfterLoading_LeavesTheWrapperLoadableHere()
    {
        TorchRuntime.EnsureLoaded();
        if (!OperatingSystem.IsLinux())
        {
            return; // Only Linux builds carry the Linux wrapper.
        }

        var bytes = File.ReadAllBytes(Wrapper);
        var offset = ElfVersionNeeds.FindFlagsOffset(bytes, LibTorchSharpLoader.MissingVersion);

        // Where the system lacks the version the wrapper must be patched; where it has it, left alone.
        if (!LibTorchSharpLoader.SystemProvides(LibTorchSharpLoader.MissingVersion))
        {
            ElfVersionNeeds.IsWeak(bytes, offset).ShouldBeTrue();
        }
    }
}
