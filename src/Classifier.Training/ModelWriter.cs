using System.Security.Cryptography;
using Classifier.Training.Data;
using Classifier.Training.Selection;

namespace Classifier.Training;

/// <summary>Saves trained models and their manifest to a model folder, each file written atomically.</summary>
public static class ModelWriter
{
    /// <summary>File name of an ML.NET event model.</summary>
    public const string EventModelFile = "event.zip";

    /// <summary>File name of an ML.NET claim model.</summary>
    public const string ClaimModelFile = "claim.zip";

    /// <summary>File name of a neural event model.</summary>
    public const string EventNetworkFile = "event.nn";

    /// <summary>File name of a neural claim model.</summary>
    public const string ClaimNetworkFile = "claim.nn";

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

        var (eventFile, eventFormat, eventSha) = SaveModel(directory, models.EventModel, EventModelFile, EventNetworkFile, models);
        var (claimFile, claimFormat, claimSha) = SaveModel(directory, models.ClaimModel, ClaimModelFile, ClaimNetworkFile, models);
        AtomicFile.WriteAllText(Path.Combine(directory, Leaderboard.JsonFileName), models.Leaderboard.ToJson());
        AtomicFile.WriteAllText(Path.Combine(directory, Leaderboard.MarkdownFileName), models.Leaderboard.ToMarkdown());

        var manifest = new ModelManifest(
            FormatVersion: ModelManifest.CurrentFormatVersion,
            CreatedUtc: DateTimeOffset.UtcNow,
            MlNetVersion: ModelManifest.RunningMlNetVersion,
            Seed: options.Seed,
            Labels: EventLabels.All,
            EventModel: new ModelEntry(eventFile, models.EventChoice.Trainer, models.EventChoice.Featurizer, eventSha, eventFormat),
            ClaimModel: new ClaimModelEntry(claimFile, models.ClaimChoice.Trainer, models.ClaimChoice.Featurizer, claimSha, models.ClaimThreshold, claimFormat),
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

    private static (string File, string Format, string Sha256) SaveModel(string directory, FittedModel model, string zipFile, string networkFile, TrainedModels models)
    {
        if (model.Network is { } network)
        {
            var networkPath = Path.Combine(directory, networkFile);
            AtomicFile.Write(networkPath, network.Save);
            return (networkFile, ModelFormats.Neural, HashFile(networkPath));
        }

        var zipPath = Path.Combine(directory, zipFile);
        AtomicFile.Write(zipPath, s => models.Context.Model.Save(model.Transformer, models.InputSchema, s));
        return (zipFile, ModelFormats.MlNet, HashFile(zipPath));
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

    private static string HashFile(string path) => Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(path)));
}
