using Classifier.Text;
using Microsoft.ML;

namespace Classifier.Tests;

public class LinearForwardPassTests
{
    [Fact]
    public void Score_CommittedModelsOnTheCorpus_MatchesMlNet()
    {
        var mlContext = new MLContext(1);
        mlContext.ComponentCatalog.RegisterAssembly(typeof(IndonesianStemMapping).Assembly);
        var manifest = ModelManifest.FromJson(File.ReadAllText(Path.Combine(RepoPaths.Models, ModelManifest.FileName)));
        var eventModel = mlContext.Model.Load(Path.Combine(RepoPaths.Models, "event.zip"), out _);
        var claimModel = mlContext.Model.Load(Path.Combine(RepoPaths.Models, "claim.zip"), out _);
        var sentences = new[] { "train.tsv", "test.tsv" }
            .SelectMany(f => File.ReadLines(Path.Combine(RepoPaths.Root, "data", f)).Skip(1))
            .Select(l => l.Split('\t')[0])
            .Concat(OddSentences)
            .ToList();
        var data = mlContext.Data.LoadFromEnumerable(sentences.Select(s => new SentenceInput { Text = s }));
        var events = mlContext.Data.CreateEnumerable<EventPrediction>(eventModel.Transform(data), reuseRowObject: false).ToList();
        var claims = mlContext.Data.CreateEnumerable<ClaimPrediction>(claimModel.Transform(data), reuseRowObject: false).ToList();

        var pass = LinearForwardPass.TryCreate(mlContext, manifest, eventModel, claimModel, FeatureSlots.Read(mlContext, eventModel, claimModel));

        pass.ShouldNotBeNull();
        var mismatches = new List<string>();
        for (var i = 0; i < sentences.Count; i++)
        {
            var (scores, claim) = pass.Score(sentences[i]);
            var close = scores.Zip(events[i].Score).All(p => Math.Abs(p.First - p.Second) < 1e-5) && Math.Abs(claim - claims[i].Probability) < 1e-5;
            if (!close)
            {
                mismatches.Add($"{i}: {sentences[i]} | {string.Join(",", scores)} vs {string.Join(",", events[i].Score)} | {claim} vs {claims[i].Probability}");
            }
        }

        mismatches.ShouldBeEmpty(string.Join("\n", mismatches.Take(5)));
    }

    [Fact]
    public void VerifiedMlNetVersion_IsTheReleaseReferenced()
    {
        // Upgrading ML.NET turns the managed pass off until the corpus test above passes again
        // and this constant is moved on.
        ModelManifest.RunningMlNetVersion.ShouldBe(LinearForwardPass.VerifiedMlNetVersion);
    }

    [Fact]
    public void TryCreate_TfIdfWeighting_IsNotReproducedAndReturnsNull()
    {
        var mlContext = new MLContext(1);
        mlContext.ComponentCatalog.RegisterAssembly(typeof(IndonesianStemMapping).Assembly);
        var manifest = ModelManifest.FromJson(File.ReadAllText(Path.Combine(RepoPaths.Models, ModelManifest.FileName)));
        var featurizer = manifest.EventModel.Featurizer with { Weighting = "TfIdf" };
        manifest = manifest with { EventModel = manifest.EventModel with { Featurizer = featurizer }, ClaimModel = manifest.ClaimModel with { Featurizer = featurizer } };
        var eventModel = mlContext.Model.Load(Path.Combine(RepoPaths.Models, "event.zip"), out _);
        var claimModel = mlContext.Model.Load(Path.Combine(RepoPaths.Models, "claim.zip"), out _);

        LinearForwardPass.TryCreate(mlContext, manifest, eventModel, claimModel, FeatureSlots.Read(mlContext, eventModel, claimModel)).ShouldBeNull();
    }

    private static readonly string[] OddSentences =
    [
        string.Empty,
        "   ",
        "!!!",
        "Menteri Luar Negeri Prancis, Jean-Noël Barrot, menolak tuduhan itu — «tidak berdasar».",
        "Harga naik 12,5% (Rp 3.000/liter) pada 2024; “kami menolak”, katanya.",
        "Kyiv dan Moskva saling menuduh: serangan drone di Zaporizhzhia 😡 #perang",
        "ÀÉÎÕÜ çñ ß Ø ł Straße Ærø",
        "a | b || c",
        "Tab\tdan\nbaris baru",
    ];
}
