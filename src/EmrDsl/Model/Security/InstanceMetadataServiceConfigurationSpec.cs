namespace EmrDsl.Model;

/// <summary>The <c>InstanceMetadataServiceConfiguration</c> object (EMR 5.23.1, 5.27.1, 5.32+, 6.2+).</summary>
public sealed record InstanceMetadataServiceConfigurationSpec
{
    /// <summary>1 allows IMDSv1 and IMDSv2; 2 allows only IMDSv2.</summary>
    public int MinimumInstanceMetadataServiceVersion { get; init; }

    /// <summary>The HTTP PUT response hop limit, 1 to 64.</summary>
    public int HttpPutResponseHopLimit { get; init; }
}
