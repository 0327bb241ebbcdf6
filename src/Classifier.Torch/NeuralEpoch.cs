using System.Globalization;

namespace Classifier.Torch;

/// <summary>Progress of neural training after one epoch.</summary>
/// <param name="Epoch">The epoch just finished, from 1.</param>
/// <param name="Epochs">All epochs.</param>
/// <param name="Loss">Mean cross-entropy over the epoch's batches.</param>
/// <param name="ValidationMacroF1">Macro-F1 on the validation sentences, when some were given.</param>
/// <param name="Elapsed">Time since training started.</param>
public sealed record NeuralEpoch(int Epoch, int Epochs, double Loss, double? ValidationMacroF1, TimeSpan Elapsed)
{
    /// <summary>A one-line summary such as "epoch 3/10, loss 0.412, validation macro-F1 0.701, 00:04".</summary>
    /// <returns>The summary.</returns>
    public override string ToString()
    {
        var validation = ValidationMacroF1 is { } f1 ? string.Create(CultureInfo.InvariantCulture, $", validation macro-F1 {f1:0.000}") : string.Empty;
        return string.Create(CultureInfo.InvariantCulture, $"epoch {Epoch}/{Epochs}, loss {Loss:0.000}{validation}, {Elapsed:mm\\:ss}");
    }
}
