namespace EmrDsl.Tests.Steps;

internal static class Words
{
    public static string[] Prepend(string first, string[] rest)
    {
        var all = new string[rest.Length + 1];
        all[0] = first;
        rest.CopyTo(all, 1);
        return all;
    }
}
