using EmrDsl.Wire;

namespace EmrDsl;

/// <summary>Compression S3DistCp writes its output with (<c>--outputCodec</c>).</summary>
public enum S3DistCpOutputCodec
{
    [ApiValue("gzip")]
    Gzip,

    [ApiValue("lzo")]
    Lzo,

    [ApiValue("snappy")]
    Snappy,

    /// <summary>Write the output uncompressed.</summary>
    [ApiValue("none")]
    None,
}
