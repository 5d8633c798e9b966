using EmrDsl.Model;
using EmrDsl.Wire;

namespace EmrDsl.Serverless.Model;

/// <summary>The <c>PrometheusMonitoringConfiguration</c> structure of the EMR Serverless API. The monitoring configuration object you can configure to send metrics to Amazon Managed Service for Prometheus for a job run.</summary>
public sealed record PrometheusMonitoringSpec : IApiSpec
{
    ISpecShape IApiSpec.Shape => Shape;

    /// <summary>The remote write URL in the Amazon Managed Service for Prometheus workspace to send metrics to.</summary>
    public string? RemoteWriteUrl { get; init; }

    /// <summary>The wire form: members in the service model's order.</summary>
    internal static readonly ApiShape<PrometheusMonitoringSpec> Shape = new ApiShape<PrometheusMonitoringSpec>("PrometheusMonitoringConfiguration", () => new PrometheusMonitoringSpec())
        .Member("remoteWriteUrl", Codec.String, s => s.RemoteWriteUrl, (s, v) => s with { RemoteWriteUrl = v }, MemberLimits.Of(minLength: 1, maxLength: 10280));
}
