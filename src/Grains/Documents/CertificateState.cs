using ManaMitra.Interfaces.Departments;
using ManaMitra.Interfaces.Documents;

namespace ManaMitra.Grains.Documents;

[GenerateSerializer]
public sealed class CertificateState
{
    [Id(0)] public IssuedDocument? Document { get; set; }

    [Id(1)] public Revocation? Revocation { get; set; }
}
