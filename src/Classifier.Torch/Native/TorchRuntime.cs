using TorchSharp;

namespace Classifier.Torch.Native;

/// <summary>Loads libtorch once per process, after making its wrapper loadable, with settings that keep runs reproducible.</summary>
public static class TorchRuntime
{
    private static readonly Lazy<IReadOnlyList<string>> Loaded = new(Load);

    /// <summary>Loads libtorch if it is not loaded yet.</summary>
    /// <returns>The native files that had to be patched to load here (see <see cref="LibTorchSharpLoader"/>); empty on most systems.</returns>
    /// <exception cref="InvalidOperationException">libtorch cannot be loaded.</exception>
    /// <exception cref="IOException">The wrapper needs the fix and cannot be rewritten.</exception>
    public static IReadOnlyList<string> EnsureLoaded() => Loaded.Value;

    private static IReadOnlyList<string> Load()
    {
        var patched = LibTorchSharpLoader.Prepare();
        try
        {
            // One thread: on two cores the tiny batches gain nothing from more, and sums stay in one order.
            torch.set_num_threads(1);
        }
        catch (TypeInitializationException ex)
        {
            throw new InvalidOperationException($"libtorch could not be loaded: {ex.InnerException?.Message ?? ex.Message}", ex);
        }

        return patched;
    }
}
