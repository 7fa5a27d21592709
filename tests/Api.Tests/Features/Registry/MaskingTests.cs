using PropertySaaS.Api.Features.Registry;

namespace PropertySaaS.Api.Tests.Features.Registry;

public sealed class MaskingTests
{
    [Theory]
    [InlineData("13812345678", "138****5678")]
    [InlineData("12345678", "123*5678")]
    [InlineData("1234567", "*******")]
    [InlineData("", "")]
    [InlineData(null, "")]
    public void Phones_keep_their_first_three_and_last_four_digits(string? phone, string masked) =>
        Assert.Equal(masked, Masking.Phone(phone));

    [Theory]
    [InlineData("330102199001012345", "330***********2345")]
    [InlineData("12345", "*****")]
    [InlineData(null, null)]
    public void Id_numbers_keep_the_region_prefix_and_last_four(string? id, string? masked) =>
        Assert.Equal(masked, Masking.IdNumber(id));
}
