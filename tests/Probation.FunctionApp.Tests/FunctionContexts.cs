using Microsoft.Azure.Functions.Worker;
using Microsoft.Azure.Functions.Worker.Http;
using Moq;

namespace Probation.FunctionApp;

/// <summary>
/// A <see cref="FunctionContext"/> as the worker hands one to an HTTP function, at the edge only: the request's URL
/// and headers, as the Durable extension reads them to build management URLs.
/// </summary>
internal static class FunctionContexts
{
    public static FunctionContext ForRequestTo(Uri url)
    {
        var context = new Mock<FunctionContext>();
        var request = new Mock<HttpRequestData>(context.Object);
        request.Setup(r => r.Url).Returns(url);
        request.Setup(r => r.Headers).Returns(new HttpHeadersCollection());
        var feature = new Mock<IHttpRequestDataFeature>();
        feature.Setup(f => f.GetHttpRequestDataAsync(context.Object)).Returns(new ValueTask<HttpRequestData?>(request.Object));
        var features = new Mock<IInvocationFeatures>();
        features.Setup(f => f.Get<IHttpRequestDataFeature>()).Returns(feature.Object);
        context.Setup(c => c.Features).Returns(features.Object);
        return context.Object;
    }
}
