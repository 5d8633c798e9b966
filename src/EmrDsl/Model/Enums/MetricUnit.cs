using EmrDsl.Wire;

namespace EmrDsl;

/// <summary>The <c>Unit</c> values of the EMR API.</summary>
public enum MetricUnit
{
    [ApiValue("NONE")]
    None,

    [ApiValue("SECONDS")]
    Seconds,

    [ApiValue("MICRO_SECONDS")]
    MicroSeconds,

    [ApiValue("MILLI_SECONDS")]
    MilliSeconds,

    [ApiValue("BYTES")]
    Bytes,

    [ApiValue("KILO_BYTES")]
    KiloBytes,

    [ApiValue("MEGA_BYTES")]
    MegaBytes,

    [ApiValue("GIGA_BYTES")]
    GigaBytes,

    [ApiValue("TERA_BYTES")]
    TeraBytes,

    [ApiValue("BITS")]
    Bits,

    [ApiValue("KILO_BITS")]
    KiloBits,

    [ApiValue("MEGA_BITS")]
    MegaBits,

    [ApiValue("GIGA_BITS")]
    GigaBits,

    [ApiValue("TERA_BITS")]
    TeraBits,

    [ApiValue("PERCENT")]
    Percent,

    [ApiValue("COUNT")]
    Count,

    [ApiValue("BYTES_PER_SECOND")]
    BytesPerSecond,

    [ApiValue("KILO_BYTES_PER_SECOND")]
    KiloBytesPerSecond,

    [ApiValue("MEGA_BYTES_PER_SECOND")]
    MegaBytesPerSecond,

    [ApiValue("GIGA_BYTES_PER_SECOND")]
    GigaBytesPerSecond,

    [ApiValue("TERA_BYTES_PER_SECOND")]
    TeraBytesPerSecond,

    [ApiValue("BITS_PER_SECOND")]
    BitsPerSecond,

    [ApiValue("KILO_BITS_PER_SECOND")]
    KiloBitsPerSecond,

    [ApiValue("MEGA_BITS_PER_SECOND")]
    MegaBitsPerSecond,

    [ApiValue("GIGA_BITS_PER_SECOND")]
    GigaBitsPerSecond,

    [ApiValue("TERA_BITS_PER_SECOND")]
    TeraBitsPerSecond,

    [ApiValue("COUNT_PER_SECOND")]
    CountPerSecond,
}
