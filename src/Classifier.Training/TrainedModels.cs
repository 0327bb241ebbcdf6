using Microsoft.ML;

namespace Classifier.Training;

/// <summary>The fitted models of a training run, with what is needed to save them.</summary>
/// <param name="Context">The ML context that trained them.</param>
/// <param name="EventModel">The event model.</param>
/// <param name="ClaimModel">The claim model.</param>
/// <param name="InputSchema">The schema the models were fitted on.</param>
/// <param name="Metrics">Cross-validated quality.</param>
public sealed record TrainedModels(
    MLContext Context,
    ITransformer EventModel,
    ITransformer ClaimModel,
    DataViewSchema InputSchema,
    ManifestMetrics Metrics);
