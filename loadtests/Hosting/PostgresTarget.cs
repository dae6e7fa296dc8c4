namespace ManaMitra.LoadTests.Hosting;

/// <summary>The cluster every silo and the frontend join: its database and its Orleans cluster id, as the contract names them.</summary>
public sealed record PostgresTarget(string ConnectionString, string ClusterId)
{
    public IEnumerable<KeyValuePair<string, string>> Environment()
    {
        yield return new("ConnectionStrings__ManaMitra", ConnectionString);
        yield return new("Orleans__ClusterId", ClusterId);
        yield return new("Orleans__ServiceId", "manamitra-loadtest");
    }
}
