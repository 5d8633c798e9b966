namespace EmrDsl.Model;

/// <summary>One entry of a map from names to structures (for example EMR Serverless initial capacity per worker type).</summary>
public sealed record KeyedSpec<TSpec>(string Key, TSpec Value)
    where TSpec : class;
