using System.Reflection;
using System.Security.Cryptography;
using Classifier.Training.Data;
using Classifier.Training.Selection;
using Microsoft.ML;

namespace Classifier.Training;

/// <summary>Saves trained models and their manifest to a model folder, each file written atomically.</summary>
public static class ModelWriter
{
    /// <summary>File name of the event model.</summary>
    public const string EventModelFile = "event.zip";

    /// <summary>File name of the claim model.</summary>
    public const string ClaimModelFile = "claim.zip";

    /// <summary>Saves both models and the leaderboard, then the manifest that describes them.</summary>
    /// <param name="directory">The model folder; created when missing.</param>
    /// <param name="models">The trained models.</param>
    /// <param name="options">The training settings.</param>
    /// <param name="dataFiles">The training files, in the order they were read.</param>
    /// <param name="examples">The training rows.</param>
    /// <returns>The manifest written.</returns>
    public static ModelManifest Save(
        string directory,
        TrainedModels models,
        TrainingOptions options,
        IReadOnlyList<string> dataFiles,
        IReadOnlyList<LabeledExample> examples)
    {
        ArgumentNullException.ThrowIfNull(models);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(dataFiles);
        ArgumentNullException.ThrowIfNull(examples);
        Directory.CreateDirectory(directory);

        var eventPath = Path.Combine(directory, EventModelFile);
        var claimPath = Path.Combine(directory, ClaimModelFile);
        AtomicFile.Write(eventPath, s => models.Context.Model.Save(models.EventModel, models.InputSchema, s));
        AtomicFile.Write(claimPath, s => models.Context.Model.Save(models.ClaimModel, models.InputSchema, s));
        AtomicFile.WriteAllText(Path.Combine(directory, Leaderboard.JsonFileName), models.Leaderboard.ToJson());
        AtomicFile.WriteAllText(Path.Combine(directory, Leaderboard.MarkdownFileName), models.Leaderboard.ToMarkdown());

        var manifest = new ModelManifest(
            FormatVersion: ModelManifest.CurrentFormatVersion,
            CreatedUtc: DateTimeOffset.UtcNow,
            MlNetVersion: MlNetVersion(),
            Seed: options.Seed,
            Labels: EventLabels.All,
            EventModel: new ModelEntry(EventModelFile, models.EventChoice.Trainer, models.EventChoice.Featurizer, HashFile(eventPath)),
            ClaimModel: new ClaimModelEntry(ClaimModelFile, models.ClaimChoice.Trainer, models.ClaimChoice.Featurizer, HashFile(claimPath), models.ClaimThreshold),
            TrainingData: Summarize(dataFiles, examples),
            Metrics: models.Metrics,
            Selection: new SelectionSummary(
                options.Quick
                    ? "quick: the default candidates only, no search"
                    : "two stages per model: every trainer with the default features, then featurizer variants with the best trainer; best mean score wins",
                models.Leaderboard.Event.Count,
                models.Leaderboard.Claim.Count,
                Leaderboard.JsonFileName));

        // The manifest goes last: a folder with a new manifest always has the models it names.
        AtomicFile.WriteAllText(Path.Combine(directory, ModelManifest.FileName), manifest.ToJson());
        return manifest;
    }

    private static TrainingDataSummary Summarize(IReadOnlyList<string> dataFiles, IReadOnlyList<LabeledExample> examples)
    {
        using var all = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var files = new List<TrainingFile>();
        foreach (var file in dataFiles)
        {
            var bytes = File.ReadAllBytes(file);
            all.AppendData(bytes);
            var rows = examples.Count(e => e.File == file);
            files.Add(new TrainingFile(file.Replace('\\', '/'), Convert.ToHexStringLower(SHA256.HashData(bytes)), rows));
        }

        var labelCounts = EventLabels.All.ToDictionary(l => l, l => examples.Count(e => e.Label == l), StringComparer.Ordinal);
        var claimCounts = new Dictionary<string, int>(StringComparer.Ordinal)
        {
            ["1"] = examples.Count(e => e.Claim),
            ["0"] = examples.Count(e => !e.Claim),
        };
        return new TrainingDataSummary(files, Convert.ToHexStringLower(all.GetHashAndReset()), examples.Count, labelCounts, claimCounts);
    }

    // The assembly version of ML.NET stays 1.0.0.0; the informational version names the release.
    private static string MlNetVersion() =>
        typeof(MLContext).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "unknown";

    private static string HashFile(string path) => Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(path)));
}
