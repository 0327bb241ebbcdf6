using Classifier.Torch.Native;
using static TorchSharp.torch;

namespace Classifier.Torch.Tests.Native;

public class TorchRuntimeTests
{
    [Fact]
    public void EnsureLoaded_ThenTensorOperations_Compute()
    {
        TorchRuntime.EnsureLoaded();

        using var a = tensor(new float[] { 1, 2, 3, 4 }).reshape(2, 2);
        using var b = tensor(new float[] { 5, 6, 7, 8 }).reshape(2, 2);
        using var product = a.matmul(b);

        product.data<float>().ToArray().ShouldBe([19f, 22f, 43f, 50f]);
    }

    [Fact]
    public void EnsureLoaded_ThenBackward_GivesTheGradient()
    {
        TorchRuntime.EnsureLoaded();

        using var x = tensor(new float[] { 1, 2, 3 }).requires_grad_();
        using var y = x.mul(x).sum();
        y.backward();

        x.grad!.data<float>().ToArray().ShouldBe([2f, 4f, 6f]);
    }
}
