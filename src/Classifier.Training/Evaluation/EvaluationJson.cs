using System.Text.Json;

namespace Classifier.Training.Evaluation;

/// <summary>The evaluation's machine-readable form, shared by <c>evaluate --format json</c> and the report folder.</summary>
public static class EvaluationJson
{
    /// <summary>Serializes the metrics (not the per-sentence predictions) as compact JSON.</summary>
    /// <param name="result">The evaluation.</param>
    /// <returns>The JSON text.</returns>
    public static string Serialize(EvaluationResult result) => JsonSerializer.Serialize(ToObject(result));

    private static Dictionary<string, object> ToObject(EvaluationResult result) => new()
    {
        ["examples"] = result.Examples,
        ["label"] = new Dictionary<string, object>
        {
            ["accuracy"] = Round(result.Label.Accuracy),
            ["macroF1"] = Round(result.Label.MacroF1),
            ["perClass"] = result.Label.PerClass.ToDictionary(
                p => p.Key,
                p => new Dictionary<string, object>
                {
                    ["precision"] = Round(p.Value.Precision),
                    ["recall"] = Round(p.Value.Recall),
                    ["f1"] = Round(p.Value.F1),
                    ["support"] = p.Value.Support,
                }),
            ["confusion"] = new Dictionary<string, object>
            {
                ["labels"] = result.Label.Confusion.Labels,
                ["counts"] = result.Label.Confusion.Counts,
            },
            ["expectedCalibrationError"] = Round(result.EventCalibration.ExpectedCalibrationError),
        },
        ["claim"] = new Dictionary<string, object>
        {
            ["threshold"] = Round(result.ClaimThreshold),
            ["accuracy"] = Round(result.Claim.Accuracy),
            ["precision"] = Round(result.Claim.Precision),
            ["recall"] = Round(result.Claim.Recall),
            ["f1"] = Round(result.Claim.F1),
            ["auc"] = Round(result.Claim.Auc),
            ["expectedCalibrationError"] = Round(result.ClaimCalibration.ExpectedCalibrationError),
        },
    };

    private static double Round(double value) => Math.Round(value, 4);
}
