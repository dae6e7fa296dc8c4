using ManaMitra.Conversations.Forms;

namespace ManaMitra.Tests.Forms;

public sealed class VerhoeffTests
{
    [Theory]
    [InlineData("2363")] // Verhoeff's worked example: 236 takes check digit 3
    [InlineData("123451")]
    [InlineData("1428570")]
    [InlineData(FormSamples.ValidAadhaar)]
    [InlineData(FormSamples.OtherValidAadhaar)]
    [InlineData("234123412346")]
    public void Accepts_numbers_ending_in_their_check_digit(string digits) => Assert.True(Verhoeff.IsValid(digits));

    [Theory]
    [InlineData("2364")]
    [InlineData("499118665247")] // last digit wrong
    [InlineData("499118665264")] // last two digits swapped
    [InlineData("949118665246")] // first two digits swapped
    [InlineData("499118665146")] // one digit wrong in the middle
    public void Rejects_a_wrong_digit_or_a_swap(string digits) => Assert.False(Verhoeff.IsValid(digits));

    [Theory]
    [InlineData("236", '3')]
    [InlineData("12345", '1')]
    [InlineData("142857", '0')]
    [InlineData("49911866524", '6')]
    public void Computes_the_check_digit(string digits, char expected) => Assert.Equal(expected, Verhoeff.CheckDigit(digits));

    [Fact]
    public void Catches_every_single_digit_error_and_adjacent_swap_of_a_valid_number()
    {
        var valid = FormSamples.ValidAadhaar;
        for (var i = 0; i < valid.Length; i++)
        {
            foreach (var digit in "0123456789".Where(d => d != valid[i]))
            {
                Assert.False(Verhoeff.IsValid(valid[..i] + digit + valid[(i + 1)..]), $"digit {i} as {digit}");
            }

            if (i + 1 < valid.Length && valid[i] != valid[i + 1])
            {
                Assert.False(Verhoeff.IsValid(valid[..i] + valid[i + 1] + valid[i] + valid[(i + 2)..]), $"swap at {i}");
            }
        }
    }
}
