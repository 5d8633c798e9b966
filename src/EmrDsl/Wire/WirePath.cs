using System.Globalization;

namespace EmrDsl.Wire;

/// <summary>Builds the dotted paths used in findings and errors (<c>Steps[0].HadoopJarStep.Args</c>).</summary>
internal static class WirePath
{
    public static string Member(string parent, string name) => parent.Length == 0 ? name : parent + "." + name;

    public static string Index(string parent, int index) => parent + "[" + index.ToString(CultureInfo.InvariantCulture) + "]";

    public static string Display(string path) => path.Length == 0 ? "(root)" : path;
}
