using ManaMitra.Languages;

namespace ManaMitra.Tests.Catalog;

public sealed class RupeesTests
{
    [Theory]
    [InlineData("120000", "₹1,20,000")]
    [InlineData("196.55", "₹196.55")]
    [InlineData("196.5", "₹196.50")]
    [InlineData("120000.00", "₹1,20,000")]
    [InlineData("999", "₹999")]
    [InlineData("1000", "₹1,000")]
    [InlineData("45", "₹45")]
    [InlineData("100000000", "₹10,00,00,000")]
    [InlineData("0.999", "₹1")]
    public void Amounts_read_as_the_chat_writes_them(string rupees, string printed) =>
        Assert.Equal(printed, Rupees.Format(decimal.Parse(rupees, System.Globalization.CultureInfo.InvariantCulture)));
}
