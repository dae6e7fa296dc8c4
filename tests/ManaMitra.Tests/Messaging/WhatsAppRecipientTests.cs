using ManaMitra.WhatsApp.Messages;

namespace ManaMitra.Tests.Messaging;

public class WhatsAppRecipientTests
{
    [Theory]
    [InlineData("919876543210", "to")]
    [InlineData("16505551234", "to")]
    [InlineData("IN.1648738043044942", "recipient")]
    [InlineData("US.13491208655302741918", "recipient")]
    [InlineData("US.ENT.11815799212886844830", "recipient")]
    [InlineData("in.1648738043044942", "to")]
    [InlineData("IN.", "to")]
    public void Phone_numbers_go_in_to_and_business_scoped_user_ids_in_recipient(string id, string field) =>
        Assert.Equal(field, WhatsAppRecipient.FieldFor(id));
}
