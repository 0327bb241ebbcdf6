using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Classifier;

/// <summary>
/// Describes a model folder: which files hold the models, how they were trained, on what data,
/// and how well they did. Written beside the models so that every model can be reproduced and judged.
/// </summary>
/// <param name="FormatVersion">Version of this manifest's layout; loaders refuse versions they do not know.</param>
/// <param name="CreatedUtc">When training finished.</param>
/// <param name="MlNetVersion">The ML.NET version that trained the models.</param>
/// <param name="Seed">The random seed of training.</param>
/// <param name="Labels">The event labels, in the order of the event model's score slots.</param>
/// <param name="EventModel">The event model.</param>
/// <param name="ClaimModel">The claim model.</param>
/// <param name="TrainingData">The data the models were trained on.</param>
/// <param name="Metrics">Cross-validated quality of both models.</param>
/// <param name="Selection">How the models were chosen; <see langword="null"/> when training skipped the search.</param>
public sealed record ModelManifest(
    int FormatVersion,
    DateTimeOffset CreatedUtc,
    string MlNetVersion,
    int Seed,
    IReadOnlyList<string> Labels,
    ModelEntry EventModel,
    ClaimModelEntry ClaimModel,
    TrainingDataSummary TrainingData,
    ManifestMetrics Metrics,
    SelectionSummary? Selection = null)
{
    /// <summary>The manifest layout this version of the library reads and writes.</summary>
    public const int CurrentFormatVersion = 2;

    /// <summary>The release of the ML.NET assembly loaded, as <see cref="MlNetVersion"/> records it (its assembly version stays 1.0.0.0).</summary>
    public static string RunningMlNetVersion { get; } =
        typeof(Microsoft.ML.MLContext).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "unknown";

    /// <summary>The manifest's file name inside a model folder.</summary>
    public const string FileName = "manifest.json";

    /// <summary>JSON settings for manifests: camelCase, indented.</summary>
    public static JsonSerializerOptions JsonOptions { get; } = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    /// <summary>Serializes the manifest to JSON.</summary>
    /// <returns>Indented camelCase JSON.</returns>
    public string ToJson() => JsonSerializer.Serialize(this, JsonOptions);

    /// <summary>Reads a manifest from JSON.</summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The manifest.</returns>
    /// <exception cref="JsonException">The text is not a manifest.</exception>
    public static ModelManifest FromJson(string json) =>
        JsonSerializer.Deserialize<ModelManifest>(json, JsonOptions)
        ?? throw new JsonException("The manifest is empty.");
}

/// <summary>Settings of the text featurizer.</summary>
/// <param name="Stemming">
/// The word preprocessing step: <c>none</c>, or the contract name of a stemming step such as
/// <c>IndonesianStem.v1</c>; the loader refuses names it does not know.
/// </param>
/// <param name="WordNgramLength">Longest word n-gram (all shorter lengths are included).</param>
/// <param name="CharNgramLength">Longest character n-gram over the raw text (all shorter lengths are included).</param>
/// <param name="Weighting">How n-grams are counted: <c>Tf</c> or <c>TfIdf</c>.</param>
/// <param name="LowerCase">Whether text is lower-cased first.</param>
/// <param name="KeepDiacritics">Whether diacritical marks are kept.</param>
/// <param name="KeepPunctuation">Whether punctuation is kept.</param>
/// <param name="Norm">The vector normalization.</param>
/// <param name="MinCharNgramLength">Shortest character n-gram (1 for the ML.NET featurizer).</param>
public sealed record FeaturizerSettings(
    string Stemming,
    int WordNgramLength,
    int CharNgramLength,
    string Weighting,
    bool LowerCase,
    bool KeepDiacritics,
    bool KeepPunctuation,
    string Norm,
    int MinCharNgramLength = 1)
{
    /// <summary>The <see cref="Stemming"/> value that turns stemming off.</summary>
    public const string NoStemming = "none";

    /// <summary>A short description such as "stem w1-2 c1-4 Tf" (stems or raw words, word and character n-gram lengths, weighting).</summary>
    /// <returns>The description.</returns>
    public string Describe()
    {
        var words = Stemming switch
        {
            NoStemming => "raw",
            Text.IndonesianStemNoStopWordsMapping.ContractName => "stem-stop",
            Text.IndonesianStemCuesMapping.ContractName => "stem+cues",
            _ => "stem",
        };
        return $"{words} w1-{WordNgramLength} c{MinCharNgramLength}-{CharNgramLength} {Weighting}";
    }
}

/// <summary>The kinds of model file a manifest can name.</summary>
public static class ModelFormats
{
    /// <summary>An ML.NET model zip; also what a manifest without a format means.</summary>
    public const string MlNet = "ML.NET";

    /// <summary>A neural model of <see cref="Neural.NeuralTextModel"/>.</summary>
    public const string Neural = Classifier.Neural.NeuralTextModel.FormatName;

    /// <summary>The formats this version reads.</summary>
    public static IReadOnlyList<string> All { get; } = [MlNet, Neural];
}

/// <summary>A saved model.</summary>
/// <param name="File">The model file, relative to the model folder.</param>
/// <param name="Trainer">The trainer.</param>
/// <param name="Featurizer">The text featurizer in front of the trainer.</param>
/// <param name="Sha256">SHA-256 of the model file.</param>
/// <param name="Format">The file's kind (see <see cref="ModelFormats"/>); <see langword="null"/> means an ML.NET zip.</param>
public sealed record ModelEntry(string File, string Trainer, FeaturizerSettings Featurizer, string Sha256, string? Format = null);

/// <summary>The saved claim model.</summary>
/// <param name="File">The model file, relative to the model folder.</param>
/// <param name="Trainer">The trainer.</param>
/// <param name="Featurizer">The text featurizer in front of the trainer.</param>
/// <param name="Sha256">SHA-256 of the model file.</param>
/// <param name="Threshold">Probability at or above which a sentence counts as a claim, tuned on cross-validated scores.</param>
/// <param name="Format">The file's kind (see <see cref="ModelFormats"/>); <see langword="null"/> means an ML.NET zip.</param>
public sealed record ClaimModelEntry(string File, string Trainer, FeaturizerSettings Featurizer, string Sha256, double Threshold, string? Format = null);

/// <summary>How the saved models were chosen.</summary>
/// <param name="Method">The search, in words.</param>
/// <param name="EventCandidates">Number of event-model candidates compared.</param>
/// <param name="ClaimCandidates">Number of claim-model candidates compared.</param>
/// <param name="Leaderboard">The leaderboard file beside the models.</param>
public sealed record SelectionSummary(string Method, int EventCandidates, int ClaimCandidates, string Leaderboard);

/// <summary>What the models were trained on.</summary>
/// <param name="Files">Each training file with its hash and row count.</param>
/// <param name="Sha256">SHA-256 over the files' contents in order.</param>
/// <param name="Rows">Total number of rows.</param>
/// <param name="LabelCounts">Rows per event label.</param>
/// <param name="ClaimCounts">Rows per claim value ("1", "0").</param>
public sealed record TrainingDataSummary(
    IReadOnlyList<TrainingFile> Files,
    string Sha256,
    int Rows,
    IReadOnlyDictionary<string, int> LabelCounts,
    IReadOnlyDictionary<string, int> ClaimCounts);

/// <summary>One training file.</summary>
/// <param name="Path">The path as given to training.</param>
/// <param name="Sha256">SHA-256 of the file.</param>
/// <param name="Rows">Number of data rows.</param>
public sealed record TrainingFile(string Path, string Sha256, int Rows);

/// <summary>Cross-validated quality of the models.</summary>
/// <param name="Method">How the figures were obtained.</param>
/// <param name="Folds">Number of folds.</param>
/// <param name="EventAccuracy">Accuracy of the event label.</param>
/// <param name="EventMacroF1">Macro-averaged F1 over the event labels.</param>
/// <param name="ClaimAccuracy">Accuracy of the claim flag.</param>
/// <param name="ClaimF1">F1 of the claim class.</param>
/// <param name="ClaimAuc">Area under the ROC curve of the claim score.</param>
public sealed record ManifestMetrics(
    string Method,
    int Folds,
    double EventAccuracy,
    double EventMacroF1,
    double ClaimAccuracy,
    double ClaimF1,
    double ClaimAuc);
