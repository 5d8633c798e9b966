namespace EmrDsl;

/// <summary>Checks S3 URIs the way EMR reads them: a scheme, then a bucket name that S3 accepts.</summary>
public static class S3Location
{
    private static readonly string[] Schemes = { "s3://", "s3n://", "s3a://" };

    /// <summary>Whether <paramref name="value"/> is an S3 URI EMR reads; a bucket name holding an Airflow placeholder is taken as given.</summary>
    public static bool IsValid(string value, out string problem)
    {
        foreach (var scheme in Schemes)
        {
            if (value.StartsWith(scheme, System.StringComparison.Ordinal))
            {
                var rest = value.Substring(scheme.Length);
                var slash = rest.IndexOf('/');
                var bucket = slash < 0 ? rest : rest.Substring(0, slash);
                return IsValidBucket(bucket, out problem);
            }
        }

        problem = "it must start with s3://";
        return false;
    }

    private static bool IsValidBucket(string bucket, out string problem)
    {
        if (Model.TemplatePlaceholders.In(bucket))
        {
            problem = string.Empty;
            return true;
        }

        if (bucket.Length < 3 || bucket.Length > 63)
        {
            problem = $"the bucket name '{bucket}' must be 3 to 63 characters long";
            return false;
        }

        foreach (var c in bucket)
        {
            if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '.'))
            {
                problem = $"the bucket name '{bucket}' may hold only lowercase letters, digits, '-' and '.'";
                return false;
            }
        }

        if (!char.IsLetterOrDigit(bucket[0]) || !char.IsLetterOrDigit(bucket[bucket.Length - 1]))
        {
            problem = $"the bucket name '{bucket}' must begin and end with a letter or digit";
            return false;
        }

        problem = string.Empty;
        return true;
    }
}
