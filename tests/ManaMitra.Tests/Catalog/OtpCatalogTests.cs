using System.Text.Json.Nodes;
using ManaMitra.Catalog;

namespace ManaMitra.Tests.Catalog;

/// <summary>An Otp input goes to the mobile on record for an Aadhaar asked before it, and the catalog refuses any other.</summary>
public sealed class OtpCatalogTests : IDisposable
{
    private const string Income = "catalog/departments/revenue.json: services[0] (income-certificate): ";

    private readonly TempCatalog _catalog = new();

    public void Dispose() => _catalog.Dispose();

    private JsonArray Inputs => _catalog.IncomeCertificate["inputs"]!.AsArray();

    private static JsonObject Otp(string? linkedTo = "aadhaar")
    {
        var otp = new JsonObject
        {
            ["id"] = "otp",
            ["kind"] = "Otp",
            ["prompt"] = TempCatalog.Text("Type the code we sent by SMS.", "SMS ద్వారా పంపిన కోడ్ టైప్ చేయండి."),
        };
        if (linkedTo is not null)
        {
            otp["linkedTo"] = linkedTo;
        }

        return otp;
    }

    [Fact]
    public void An_otp_input_after_its_aadhaar_loads_linked_to_it_and_needs_no_label()
    {
        Inputs.Insert(1, Otp());

        var (_, service) = _catalog.Load().FindService("income-certificate")!.Value;

        var otp = service.Inputs[1];
        Assert.Equal((InputKind.Otp, "aadhaar", null), (otp.Kind, otp.LinkedTo, otp.Label));
        Assert.Same(service.Inputs[0], OtpInputs.Linked(service, otp));
    }

    [Fact]
    public void An_otp_input_without_linkedTo_is_refused()
    {
        Inputs.Insert(1, Otp(linkedTo: null));

        Assert.Equal(
            [$"{Income}inputs[1] (otp): linkedTo is missing (an Otp input names the earlier Aadhaar input whose mobile on record gets the code)"],
            _catalog.Errors());
    }

    [Theory]
    [InlineData("purpose", 2)]
    [InlineData("aadhaar", 0)]
    [InlineData("otp", 1)]
    [InlineData("pan", 1)]
    public void An_otp_input_linked_to_anything_but_an_earlier_aadhaar_is_refused(string linkedTo, int at)
    {
        Inputs.Insert(at, Otp(linkedTo));

        Assert.Equal([$"{Income}inputs[{at}] (otp): linkedTo \"{linkedTo}\" is not an earlier Aadhaar input of this service"], _catalog.Errors());
    }

    [Fact]
    public void LinkedTo_on_another_kind_is_refused()
    {
        _catalog.Input(1)["linkedTo"] = "aadhaar";

        Assert.Equal([$"{Income}inputs[1] (purpose): linkedTo is only for an Otp input, not on Choice"], _catalog.Errors());
    }

    [Fact]
    public void An_otp_is_never_read_from_a_sentence()
    {
        var otp = Otp();
        otp["slots"] = new JsonArray("#");
        Inputs.Insert(1, otp);

        Assert.Equal([$"{Income}inputs[1] (otp): slots are not allowed on an Otp input: a code is typed at its question, never read from a sentence"], _catalog.Errors());
    }

    [Theory]
    [InlineData("mutation-application")]
    [InlineData("pattadar-passbook")]
    [InlineData("property-mutation")]
    [InlineData("new-pension-application")]
    [InlineData("pension-transfer")]
    [InlineData("spouse-pension")]
    [InlineData("npci-bank-seeding")]
    [InlineData("dbt-payments")]
    public void Shipped_land_pension_and_bank_services_ask_for_a_code_right_after_the_aadhaar(string serviceId)
    {
        var (_, service) = CatalogLoader.Load(CatalogLoader.DefaultDirectory).FindService(serviceId)!.Value;

        var aadhaar = service.Inputs.ToList().FindIndex(i => i.Kind == InputKind.Aadhaar);
        Assert.Equal((InputKind.Otp, "aadhaar"), (service.Inputs[aadhaar + 1].Kind, service.Inputs[aadhaar + 1].LinkedTo));
    }
}
