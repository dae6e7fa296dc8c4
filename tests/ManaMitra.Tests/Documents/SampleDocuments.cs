using ManaMitra.Catalog;
using ManaMitra.Departments;
using ManaMitra.Interfaces.Departments;

namespace ManaMitra.Tests.Documents;

/// <summary>One document of every kind the departments issue, as their handlers would fill them.</summary>
public static class SampleDocuments
{
    public static readonly DateTimeOffset IssuedAt = new(2026, 11, 24, 10, 30, 0, TimeSpan.FromHours(5.5));

    public static IssuedDocument Certificate(string id = "REV-INC-2026-000123") => new()
    {
        Id = id,
        Kind = "certificate",
        TitleEn = "Income Certificate",
        TitleTe = "ఆదాయ ధృవీకరణ పత్రం",
        HolderName = "Lakshmi Prasanna Kolli",
        DepartmentId = "revenue",
        ServiceId = "income-certificate",
        IssuedAt = IssuedAt,
        Fields =
        [
            new("Aadhaar", "ఆధార్", "XXXX XXXX 1234"),
            new("Annual family income", "కుటుంబ వార్షిక ఆదాయం", "₹ 96,000"),
            new("Purpose", "ప్రయోజనం", "Education / విద్య"),
            new("Village", "గ్రామం", "క్షేత్రపాలెం"),
        ],
    };

    public static IEnumerable<object[]> EveryKind() => All().Select(d => new object[] { d.Kind });

    public static IssuedDocument OfKind(string kind) => All().Single(d => d.Kind == kind);

    public static IReadOnlyList<IssuedDocument> All() =>
    [
        Certificate(),
        new()
        {
            Id = "SSC-HT-2027-2412345678", Kind = "hall-ticket", TitleEn = "SSC Public Examinations Hall Ticket", TitleTe = "పదో తరగతి పబ్లిక్ పరీక్షల హాల్ టికెట్",
            HolderName = "Sai Teja Vemula", DepartmentId = "school-education", ServiceId = "ssc-hall-ticket", IssuedAt = IssuedAt,
            Fields = [new("Hall ticket number", "హాల్ టికెట్ సంఖ్య", "2412345678"), new("Examination centre", "పరీక్షా కేంద్రం", "ZPHS Gudivada, Krishna"), new("First examination", "మొదటి పరీక్ష", "17-03-2027 09:30")],
        },
        new()
        {
            Id = "SSC-MM-2026-2412345678", Kind = "marks-memo", TitleEn = "SSC Marks Memo", TitleTe = "పదో తరగతి మార్కుల జాబితా",
            HolderName = "Sai Teja Vemula", DepartmentId = "school-education", ServiceId = "ssc-marks-memo", IssuedAt = IssuedAt,
            Fields =
            [
                new("First language (Telugu)", "ప్రథమ భాష (తెలుగు)", "92"), new("Second language (Hindi)", "ద్వితీయ భాష (హిందీ)", "85"),
                new("English", "ఆంగ్లం", "88"), new("Mathematics", "గణితం", "97"), new("Science", "విజ్ఞాన శాస్త్రం", "90"),
                new("Social studies", "సాంఘిక శాస్త్రం", "86"), new("Total", "మొత్తం", "518 / 600"), new("Result", "ఫలితం", "First class / ప్రథమ శ్రేణి"),
            ],
        },
        new()
        {
            Id = "APSPDCL-RCPT-2026-778812", Kind = "receipt", TitleEn = "Electricity Bill Payment Receipt", TitleTe = "విద్యుత్ బిల్లు చెల్లింపు రసీదు",
            HolderName = "Venkata Ramana Murthy", DepartmentId = "energy", ServiceId = "electricity-bill", IssuedAt = IssuedAt,
            Fields = [new("Service number", "సర్వీస్ సంఖ్య", "1123456789012"), new("Amount paid", "చెల్లించిన మొత్తం", "₹ 1,245.00"), new("UPI reference", "యూపీఐ సూచిక", "532811447790")],
        },
        new()
        {
            Id = "APSRTC-TKT-2026-5566778", Kind = "bus-ticket", TitleEn = "Bus Ticket", TitleTe = "బస్సు టికెట్",
            HolderName = "Anjali Devi", DepartmentId = "apsrtc", ServiceId = "bus-ticket", IssuedAt = IssuedAt,
            Fields = [new("From", "నుండి", "Vijayawada"), new("To", "వరకు", "Tirupati"), new("Journey", "ప్రయాణం", "28-11-2026 21:30"), new("Seat", "సీటు", "14")],
        },
        new()
        {
            Id = "TTD-DRS-2026-0091823", Kind = "darshan-ticket", TitleEn = "Darshan Ticket", TitleTe = "దర్శనం టికెట్",
            HolderName = "Srinivasa Rao Bandaru", DepartmentId = "endowments", ServiceId = "darshan-booking", IssuedAt = IssuedAt,
            Fields = [new("Temple", "ఆలయం", "శ్రీ కనకదుర్గ ఆలయం, ఇంద్రకీలాద్రి"), new("Slot", "సమయం", "29-11-2026 06:00–07:00"), new("Persons", "వ్యక్తులు", "2")],
        },
    ];
}
