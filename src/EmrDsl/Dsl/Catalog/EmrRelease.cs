namespace EmrDsl;

/// <summary>
/// Amazon EMR release labels (<c>ReleaseLabel</c>). Plain strings: a label not listed here can be passed as
/// a string literal such as <c>"emr-7.2.0"</c>.
/// </summary>
public static class EmrRelease
{
    // Amazon EMR 7.x
    public const string Emr_7_14_0 = "emr-7.14.0";
    public const string Emr_7_13_0 = "emr-7.13.0";
    public const string Emr_7_12_0 = "emr-7.12.0";
    public const string Emr_7_11_0 = "emr-7.11.0";
    public const string Emr_7_10_0 = "emr-7.10.0";
    public const string Emr_7_9_0 = "emr-7.9.0";
    public const string Emr_7_8_0 = "emr-7.8.0";
    public const string Emr_7_7_0 = "emr-7.7.0";
    public const string Emr_7_6_0 = "emr-7.6.0";
    public const string Emr_7_5_0 = "emr-7.5.0";
    public const string Emr_7_4_0 = "emr-7.4.0";
    public const string Emr_7_3_0 = "emr-7.3.0";
    public const string Emr_7_2_0 = "emr-7.2.0";
    public const string Emr_7_1_0 = "emr-7.1.0";
    public const string Emr_7_0_0 = "emr-7.0.0";

    // Amazon EMR 6.x
    public const string Emr_6_15_0 = "emr-6.15.0";
    public const string Emr_6_14_0 = "emr-6.14.0";
    public const string Emr_6_13_0 = "emr-6.13.0";
    public const string Emr_6_12_0 = "emr-6.12.0";
    public const string Emr_6_11_1 = "emr-6.11.1";
    public const string Emr_6_11_0 = "emr-6.11.0";
    public const string Emr_6_10_1 = "emr-6.10.1";
    public const string Emr_6_10_0 = "emr-6.10.0";
    public const string Emr_6_9_1 = "emr-6.9.1";
    public const string Emr_6_9_0 = "emr-6.9.0";
    public const string Emr_6_8_1 = "emr-6.8.1";
    public const string Emr_6_8_0 = "emr-6.8.0";
    public const string Emr_6_7_0 = "emr-6.7.0";
    public const string Emr_6_6_0 = "emr-6.6.0";
    public const string Emr_6_5_0 = "emr-6.5.0";
    public const string Emr_6_4_0 = "emr-6.4.0";
    public const string Emr_6_3_1 = "emr-6.3.1";
    public const string Emr_6_3_0 = "emr-6.3.0";
    public const string Emr_6_2_1 = "emr-6.2.1";
    public const string Emr_6_2_0 = "emr-6.2.0";
    public const string Emr_6_1_1 = "emr-6.1.1";
    public const string Emr_6_1_0 = "emr-6.1.0";
    public const string Emr_6_0_0 = "emr-6.0.0";

    // Amazon EMR 5.x
    public const string Emr_5_36_2 = "emr-5.36.2";
    public const string Emr_5_36_1 = "emr-5.36.1";
    public const string Emr_5_36_0 = "emr-5.36.0";
    public const string Emr_5_35_0 = "emr-5.35.0";
    public const string Emr_5_34_0 = "emr-5.34.0";
    public const string Emr_5_33_1 = "emr-5.33.1";
    public const string Emr_5_33_0 = "emr-5.33.0";
    public const string Emr_5_32_1 = "emr-5.32.1";
    public const string Emr_5_32_0 = "emr-5.32.0";
    public const string Emr_5_31_1 = "emr-5.31.1";
    public const string Emr_5_31_0 = "emr-5.31.0";
    public const string Emr_5_30_2 = "emr-5.30.2";
    public const string Emr_5_30_1 = "emr-5.30.1";
    public const string Emr_5_30_0 = "emr-5.30.0";
}
