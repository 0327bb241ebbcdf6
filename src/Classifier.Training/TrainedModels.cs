using Classifier.Training.Selection;
using Microsoft.ML;

namespace Classifier.Training;

/// <summary>The fitted models of a training run, with how they were chosen and what is needed to save them.</summary>
/// <param name="Context">The ML context that trained them.</param>
/// <param name="EventModel">The event model.</param>
/// <param name="ClaimModel">The claim model.</param>
/// <param name="InputSchema">The schema the models were fitted on.</param>
/// <param name="EventChoice">The selected event candidate.</param>
/// <param name="ClaimChoice">The selected claim candidate.</param>
/// <param name="ClaimThreshold">The claim threshold tuned on the cross-validated probabilities.</param>
/// <param name="Metrics">Cross-validated quality of the selected candidates.</param>
/// <param name="Leaderboard">Every candidate compared.</param>
/// <param name="EventOutOfFold">The selected event candidate's cross-validated predictions.</param>
/// <param name="ClaimOutOfFold">The selected claim candidate's cross-validated predictions.</param>
/// <param name="Notes">What the user should know about the run, such as a trainer left out because it cannot run here.</param>
public sealed record TrainedModels(
    MLContext Context,
    FittedModel EventModel,
    FittedModel ClaimModel,
    DataViewSchema InputSchema,
    CandidateResult EventChoice,
    CandidateResult ClaimChoice,
    double ClaimThreshold,
    ManifestMetrics Metrics,
    Leaderboard Leaderboard,
    IReadOnlyList<EventOutOfFold> EventOutOfFold,
    IReadOnlyList<ClaimOutOfFold> ClaimOutOfFold,
    IReadOnlyList<string> Notes);
