namespace EmrDsl.Emit.CloudFormation;

/// <summary>The refusals of the CloudFormation writer: the shared <see cref="UnrepresentableException"/>, for CloudFormation.</summary>
internal static class CloudFormationRefusal
{
    public const string Format = "CloudFormation";

    public static UnrepresentableException Create(string path, string reason) => new(Format, path, reason);

    /// <summary>Throws when <paramref name="isSet"/>: the member would otherwise be dropped without a word.</summary>
    public static void Reject(bool isSet, string path, string reason)
    {
        if (isSet)
        {
            throw Create(path, reason);
        }
    }
}
