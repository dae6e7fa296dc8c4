using ManaMitra.Persistence;

namespace ManaMitra.Tests.Persistence;

public sealed class ConnectionBudgetTests
{
    [Theory]
    [InlineData("Host=db;Database=manamitra", 16)]
    [InlineData("Host=db;Database=manamitra;Maximum Pool Size=40", 40)]
    [InlineData("Host=db;Database=manamitra;maximum pool size=8", 8)]
    [InlineData("Host=db;Database=manamitra;MaxPoolSize=30", 30)]
    public void A_silo_takes_its_share_unless_the_connection_string_names_a_pool_size(string connectionString, int expected)
    {
        var limited = ConnectionBudget.Limit(connectionString, ConnectionBudget.SiloShared);

        Assert.Equal(expected, limited.MaxPoolSize);
    }
}
