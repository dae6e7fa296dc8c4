using ManaMitra.Catalog;
using ManaMitra.Departments.Outcomes;
using ManaMitra.Departments.Records;
using ManaMitra.Interfaces.Departments;
using ManaMitra.Tests.Catalog;

namespace ManaMitra.Tests.Documents;

/// <summary>One document of every kind the departments issue, as their handlers would fill them.</summary>
public static class SampleDocuments
{
    public static readonly DateTimeOffset IssuedAt = new(2026, 11, 24, 10, 30, 0, TimeSpan.FromHours(5.5));

    public static IssuedDocument Certificate(string id = "REV-INC-2026-000123") => new()
    {
        Id = id,
        Kind = "certificate",
        Title = ShippedLanguages.Text("Income Certificate", "ఆదాయ ధృవీకరణ పత్రం"),
        HolderName = "Lakshmi Prasanna Kolli",
        DepartmentId = "revenue",
        ServiceId = "income-certificate",
        IssuedAt = IssuedAt,
        Fields =
        [
            new(ShippedLanguages.Text("Aadhaar", "ఆధార్"), "XXXX XXXX 1234"),
            new(ShippedLanguages.Text("Annual family income", "కుటుంబ వార్షిక ఆదాయం"), "₹96,000"),
            new(ShippedLanguages.Text("Purpose", "ప్రయోజనం"), "Education / విద్య"),
            new(ShippedLanguages.Text("Village", "గ్రామం"), "క్షేత్రపాలెం"),
        ],
    };

    public static IEnumerable<object[]> EveryKind() => All().Select(d => new object[] { d.Kind });

    public static IssuedDocument OfKind(string kind) => All().Single(d => d.Kind == kind);

    public static IReadOnlyList<IssuedDocument> All() =>
    [
        Certificate(),
        new()
        {
            Id = "SSC-HT-2027-2412345678", Kind = "hall-ticket", Title = ShippedLanguages.Text("SSC Public Examinations Hall Ticket", "పదో తరగతి పబ్లిక్ పరీక్షల హాల్ టికెట్"),
            HolderName = "Sai Teja Vemula", DepartmentId = "school-education", ServiceId = "ssc-hall-ticket", IssuedAt = IssuedAt,
            Fields = [new(ShippedLanguages.Text("Hall ticket number", "హాల్ టికెట్ సంఖ్య"), "2412345678"), new(ShippedLanguages.Text("Examination centre", "పరీక్షా కేంద్రం"), "ZPHS Gudivada, Krishna"), new(ShippedLanguages.Text("First examination", "మొదటి పరీక్ష"), "17-03-2027 09:30")],
        },
        new()
        {
            Id = "SSC-MM-2026-2412345678", Kind = "marks-memo", Title = ShippedLanguages.Text("SSC Marks Memo", "పదో తరగతి మార్కుల జాబితా"),
            HolderName = "Sai Teja Vemula", DepartmentId = "school-education", ServiceId = "ssc-marks-memo", IssuedAt = IssuedAt,
            Fields =
            [
                new(ShippedLanguages.Text("First language (Telugu)", "ప్రథమ భాష (తెలుగు)"), "92"), new(ShippedLanguages.Text("Second language (Hindi)", "ద్వితీయ భాష (హిందీ)"), "85"),
                new(ShippedLanguages.Text("English", "ఆంగ్లం"), "88"), new(ShippedLanguages.Text("Mathematics", "గణితం"), "97"), new(ShippedLanguages.Text("Science", "విజ్ఞాన శాస్త్రం"), "90"),
                new(ShippedLanguages.Text("Social studies", "సాంఘిక శాస్త్రం"), "86"), new(ShippedLanguages.Text("Total", "మొత్తం"), "518 / 600"), new(ShippedLanguages.Text("Result", "ఫలితం"), "First class / ప్రథమ శ్రేణి"),
            ],
        },
        new()
        {
            Id = "APSPDCL-RCPT-2026-778812", Kind = "receipt", Title = ShippedLanguages.Text("Electricity Bill Payment Receipt", "విద్యుత్ బిల్లు చెల్లింపు రసీదు"),
            HolderName = "Venkata Ramana Murthy", DepartmentId = "energy", ServiceId = "electricity-bill", IssuedAt = IssuedAt,
            Fields = [new(ShippedLanguages.Text("Service number", "సర్వీస్ సంఖ్య"), "1123456789012"), new(ShippedLanguages.Text("Amount paid", "చెల్లించిన మొత్తం"), "₹1,245"), new(ShippedLanguages.Text("UPI reference", "యూపీఐ సూచిక"), "532811447790")],
        },
        new()
        {
            Id = "APSRTC-TKT-2026-5566778", Kind = "bus-ticket", Title = ShippedLanguages.Text("Bus Ticket", "బస్సు టికెట్"),
            HolderName = "Anjali Devi", DepartmentId = "apsrtc", ServiceId = "bus-ticket", IssuedAt = IssuedAt,
            Fields = [new(ShippedLanguages.Text("From", "నుండి"), "Vijayawada"), new(ShippedLanguages.Text("To", "వరకు"), "Tirupati"), new(ShippedLanguages.Text("Journey", "ప్రయాణం"), "28-11-2026 21:30"), new(ShippedLanguages.Text("Seat", "సీటు"), "14")],
        },
        new()
        {
            Id = "TTD-DRS-2026-0091823", Kind = "darshan-ticket", Title = ShippedLanguages.Text("Darshan Ticket", "దర్శనం టికెట్"),
            HolderName = "Srinivasa Rao Bandaru", DepartmentId = "endowments", ServiceId = "darshan-booking", IssuedAt = IssuedAt,
            Fields = [new(ShippedLanguages.Text("Temple", "ఆలయం"), "శ్రీ కనకదుర్గ ఆలయం, ఇంద్రకీలాద్రి"), new(ShippedLanguages.Text("Slot", "సమయం"), "29-11-2026 06:00–07:00"), new(ShippedLanguages.Text("Persons", "వ్యక్తులు"), "2")],
        },
    ];
}
